package verdict.runtime.falco_priority_test

import data.verdict.runtime.falco_priority
import rego.v1

event(priority) := {
	"rule": "Write below binary dir",
	"priority": priority,
	"output": "File below a known binary directory opened for writing (file=/bin/hack)",
	"output_fields": {"container.id": "ee97d9c4186f", "k8s.pod.name": "kubecon", "k8s.ns.name": "default", "fd.name": "/bin/hack"},
	"hostname": "node-1",
	"source": "syscall",
}

test_critical_fires if {
	some r in falco_priority.deny with input as event("Critical")
	r.path == ["priority"]
	r.resource == "default/kubecon"
	r.severity == "critical"
	r.msg == `Falco Critical: "Write below binary dir" on pod default/kubecon (container ee97d9c4186f)`
}

test_alert_and_emergency_fire if {
	count(falco_priority.deny) == 1 with input as event("Alert")
	count(falco_priority.deny) == 1 with input as event("EMERGENCY")
}

test_below_critical_passes if {
	every p in ["Error", "Warning", "Notice", "Informational", "Info", "Debug", "Bogus"] {
		count(falco_priority.deny) == 0 with input as event(p)
	}
}

test_threshold_is_configurable if {
	some r in falco_priority.deny with input as event("Warning")
		with data.verdict.config.falco_min_priority as "warning"
	r.severity == "medium"
	count(falco_priority.deny) == 0 with input as event("Critical")
		with data.verdict.config.falco_min_priority as "Emergency"
}

test_internal_events_are_skipped if {
	doc := {"rule": "Falco internal: syscall event drop", "priority": "Critical", "output_fields": {}}
	count(falco_priority.deny) == 0 with input as doc
		with data.verdict.config.falco_min_priority as "Debug"
}

test_host_event_names_the_host if {
	doc := {"rule": "Some rule", "priority": "Critical", "hostname": "node-7", "output_fields": {"container.id": "host"}}
	some r in falco_priority.deny with input as doc
	r.resource == "node-7"
	r.msg == `Falco Critical: "Some rule" on host node-7`
}

test_container_without_pod if {
	doc := {"rule": "Some rule", "priority": "Critical", "output_fields": {"container.id": "abc123", "container.name": "web"}}
	some r in falco_priority.deny with input as doc
	r.resource == "abc123"
	r.msg == `Falco Critical: "Some rule" on container web abc123`
}

test_event_without_fields_or_host if {
	some r in falco_priority.deny with input as {"rule": "Some rule", "priority": "Critical"}
	r.resource == ""
	endswith(r.msg, "on host")
}

test_non_string_priority_passes if {
	count(falco_priority.deny) == 0 with input as {"rule": "x", "priority": 2}
}

test_unknown_threshold_falls_back_to_critical if {
	count(falco_priority.deny) == 1 with input as event("Critical")
		with data.verdict.config.falco_min_priority as "sometimes"
	count(falco_priority.deny) == 0 with input as event("Error")
		with data.verdict.config.falco_min_priority as "sometimes"
}
