package verdict.terraform.gcp.compute_confidential_vm_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.compute_confidential_vm as rule
import rego.v1

vm(body) := {"resource": {"google_compute_instance": {"vm": [object.union({"name": "vm", "machine_type": "n2d-standard-2"}, body)]}}}

test_amd_without_confidential_fires if {
	some r in rule.deny with input as vm({})
	r.path == ["resource", "google_compute_instance", "vm", 0]
	some r2 in rule.deny with input as vm({"confidential_instance_config": [{"enable_confidential_compute": false}]})
	r2.path == ["resource", "google_compute_instance", "vm", 0, "confidential_instance_config", 0, "enable_confidential_compute"]
}

test_confidential_other_type_or_unknown_passes if {
	count(rule.deny) == 0 with input as vm({"confidential_instance_config": [{"enable_confidential_compute": true}]})
	count(rule.deny) == 0 with input as vm({"confidential_instance_config": [{"confidential_instance_type": "SEV_SNP"}]})
	count(rule.deny) == 0 with input as vm({"machine_type": "e2-small"})
	count(rule.deny) == 0 with input as vm({"machine_type": "${var.type}"})
	count(rule.deny) == 0 with input as vm({"confidential_instance_config": [{"enable_confidential_compute": "${var.cc}"}]})
}

test_plan_fires if {
	p := fx.plan("google_compute_instance", {"name": "vm", "machine_type": "c2d-standard-4", "confidential_instance_config": []}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["confidential_instance_config"])
}
