package verdict.runtime.sensitive_file_read_test

import data.verdict.runtime.sensitive_file_read as sensitive
import rego.v1

falco_event := {
	"rule": "Read sensitive file untrusted",
	"priority": "Warning",
	"hostname": "97ade2b595f0",
	"output_fields": {"container.id": "9656db3bb358", "fd.name": "/etc/shadow", "evt.type": "openat", "proc.name": "event-generator", "proc.cmdline": "event-generator run --loop"},
	"tags": ["container", "filesystem", "mitre_credential_access"],
}

custom(file, evt_type) := {"rule": "Custom file watch", "priority": "Notice", "output_fields": {"container.id": "host", "fd.name": file, "evt.type": evt_type, "proc.name": "cat"}, "hostname": "node-1"}

test_falco_rule_fires if {
	some r in sensitive.deny with input as falco_event
	r.path == ["output_fields", "fd.name"]
	r.resource == "9656db3bb358"
	r.msg == `event-generator (event-generator run --loop) read /etc/shadow on container 9656db3bb358 (Falco rule "Read sensitive file untrusted")`
}

test_rule_without_fields_points_at_rule if {
	some r in sensitive.deny with input as {"rule": "Read sensitive file trusted after startup", "priority": "Warning"}
	r.path == ["rule"]
	r.msg == `unknown process read a sensitive file on host (Falco rule "Read sensitive file trusted after startup")`
}

test_read_of_sensitive_paths_fires_on_host_too if {
	every file in ["/etc/sudoers", "/etc/gshadow", "/etc/sudoers.d/90-cloud-init-users", "/etc/pam.d/common-auth", "/root/.ssh/id_ed25519"] {
		count(sensitive.deny) == 1 with input as custom(file, "openat")
	}
	some r in sensitive.deny with input as custom("/etc/shadow", "read")
	r.resource == "node-1"
}

test_writes_and_other_files_pass if {
	count(sensitive.deny) == 0 with input as custom("/etc/shadow", "rename")
	count(sensitive.deny) == 0 with input as custom("/etc/passwd", "openat")
	count(sensitive.deny) == 0 with input as custom("/root/.ssh/authorized_keys", "openat")
	count(sensitive.deny) == 0 with input as {"rule": "Custom", "output_fields": {"fd.name": "/etc/shadow"}}
}
