package verdict.terraform.gcp.compute_serial_port_test

import data.verdict.terraform.gcp.compute_serial_port as rule
import rego.v1

vm(metadata) := {"resource": {"google_compute_instance": {"vm": [{"name": "vm", "machine_type": "e2-small", "metadata": metadata}]}}}

test_instance_fires if {
	some r in rule.deny with input as vm({"serial-port-enable": true})
	r.path == ["resource", "google_compute_instance", "vm", 0, "metadata", "serial-port-enable"]
	r.resource == "google_compute_instance.vm"
	count(rule.deny) == 1 with input as vm({"serial-port-enable": "TRUE"})
	count(rule.deny) == 1 with input as vm({"serial-port-enable": 1})
}

test_template_and_project_fire if {
	tmpl := {"resource": {"google_compute_instance_template": {"t": [{"metadata": {"serial-port-enable": "true"}}]}}}
	count(rule.deny) == 1 with input as tmpl
	project := {"resource": {"google_compute_project_metadata": {"p": [{"metadata": {"serial-port-enable": "yes", "enable-oslogin": "TRUE"}}]}}}
	count(rule.deny) == 1 with input as project
}

test_project_metadata_item_fires if {
	item := {"resource": {"google_compute_project_metadata_item": {"serial": [{"key": "serial-port-enable", "value": "true"}]}}}
	some r in rule.deny with input as item
	r.path == ["resource", "google_compute_project_metadata_item", "serial", 0, "value"]
}

test_disabled_absent_or_unknown_pass if {
	count(rule.deny) == 0 with input as vm({"serial-port-enable": "false"})
	count(rule.deny) == 0 with input as vm({"enable-oslogin": "TRUE"})
	count(rule.deny) == 0 with input as vm({"serial-port-enable": "${var.serial}"})
	count(rule.deny) == 0 with input as vm("${local.metadata}")
	item := {"resource": {"google_compute_project_metadata_item": {"oslogin": [{"key": "enable-oslogin", "value": "true"}]}}}
	count(rule.deny) == 0 with input as item
}
