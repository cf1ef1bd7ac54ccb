package verdict.terraform.gcp.compute_shielded_vm_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.compute_shielded_vm as rule
import rego.v1

vm(shielded) := {"resource": {"google_compute_instance": {"vm": [{"name": "vm", "shielded_instance_config": [shielded]}]}}}

test_disabled_fires if {
	some r in rule.deny with input as vm({"enable_vtpm": false})
	r.path == ["resource", "google_compute_instance", "vm", 0, "shielded_instance_config", 0, "enable_vtpm"]
	count(rule.deny) == 2 with input as vm({"enable_vtpm": false, "enable_integrity_monitoring": "false"})
}

test_defaults_enabled_or_unknown_pass if {
	count(rule.deny) == 0 with input as vm({"enable_secure_boot": true})
	count(rule.deny) == 0 with input as vm({"enable_vtpm": true, "enable_integrity_monitoring": true})
	count(rule.deny) == 0 with input as vm({"enable_vtpm": "${var.vtpm}"})
	count(rule.deny) == 0 with input as {"resource": {"google_compute_instance": {"vm": [{"name": "vm"}]}}}
}

test_plan_fires if {
	p := fx.plan("google_compute_instance", {"shielded_instance_config": [{"enable_integrity_monitoring": false, "enable_secure_boot": false, "enable_vtpm": true}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["shielded_instance_config", 0, "enable_integrity_monitoring"])
	count(rule.deny) == 1 with input as p
}
