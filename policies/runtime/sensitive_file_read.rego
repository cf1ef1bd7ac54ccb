# METADATA
# title: Sensitive file read
# description: >-
#   A process read credential stores the system relies on: Falco's "Read
#   sensitive file untrusted" / "Read sensitive file trusted after startup"
#   rules, or an open/read event (`evt.type` open, openat, openat2, read…)
#   on `fd.name` /etc/shadow, /etc/gshadow, /etc/sudoers, /etc/sudoers.d/*,
#   /etc/pam.conf, /etc/pam.d/*, /etc/security/pwquality.conf or an SSH
#   private key under /root/.ssh. Typical of credential access (MITRE T1003,
#   T1552), in a container or on the host.
# related_resources:
#   - https://falco.org/docs/reference/rules/default-rules/
#   - https://attack.mitre.org/techniques/T1003/008/
# custom:
#   id: VD-RT-003
#   severity: high
#   remediation: >-
#     Identify the process and its parent from the event; unless it is a known
#     agent (then add it to the Falco rule's exceptions), isolate the workload,
#     rotate the credentials stored in the file (local passwords, SSH keys) and
#     rebuild it. Run containers as non-root with a read-only root filesystem
#     so such files cannot be read.
#   kinds: [falco]
#   frameworks:
#     NIST-800-53: ["SI-4", "AC-3", "AC-6"]
#     PCI-DSS-4.0: ["10.2.1.1", "11.5.2"]
#   response:
#     action: isolate-pod
#     requires_approval: true
#   example: |
#     {"rule": "Read sensitive file untrusted", "priority": "Warning",
#      "output": "Sensitive file opened for reading by non-trusted program (file=/etc/shadow)",
#      "output_fields": {"container.id": "9656db3bb358", "fd.name": "/etc/shadow",
#        "evt.type": "openat", "proc.name": "event-generator"},
#      "tags": ["container", "filesystem", "mitre_credential_access"], "source": "syscall"}
package verdict.runtime.sensitive_file_read

import rego.v1

# The lists of names are written where they are used rather than as named
# rules: regorus evaluates a named rule afresh for every event, which a
# live stream of events pays for.

deny contains {
	"msg": sprintf("%s read %s on %s (Falco rule %q)", [data.verdict.lib.runtime.process, file_label, data.verdict.lib.runtime.where, data.verdict.lib.runtime.rule_name]),
	"path": path,
	"resource": data.verdict.lib.runtime.resource,
} if {
	sensitive_read
	path := evidence_path
}

sensitive_read if input.rule in {"Read sensitive file untrusted", "Read sensitive file trusted after startup"}

sensitive_read if {
	input.output_fields["evt.type"] in {"open", "openat", "openat2", "read", "pread", "readv", "preadv"}
	sensitive_name
}

sensitive_name if input.output_fields["fd.name"] in {"/etc/shadow", "/etc/gshadow", "/etc/sudoers", "/etc/pam.conf", "/etc/security/pwquality.conf"}

sensitive_name if {
	name := input.output_fields["fd.name"]
	is_string(name)
	some dir in ["/etc/sudoers.d/", "/etc/pam.d/", "/root/.ssh/id_"]
	startswith(name, dir)
}

evidence_path := ["output_fields", "fd.name"] if {
	data.verdict.lib.runtime.fd_name
} else := ["rule"]

file_label := v if {
	v := input.output_fields["fd.name"]
} else := "a sensitive file"
