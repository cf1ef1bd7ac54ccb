package verdict.terraform.gcp.compute_block_project_ssh_keys_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.compute_block_project_ssh_keys as rule
import rego.v1

vm(body) := {"resource": {"google_compute_instance": {"vm": [object.union({"name": "vm", "machine_type": "e2-small"}, body)]}}}

test_no_metadata_fires if {
	some r in rule.deny with input as vm({})
	r.path == ["resource", "google_compute_instance", "vm", 0]
	some r2 in rule.deny with input as vm({"metadata": {"foo": "bar"}})
	r2.path == ["resource", "google_compute_instance", "vm", 0, "metadata"]
}

test_false_fires if {
	some r in rule.deny with input as vm({"metadata": {"block-project-ssh-keys": false}})
	r.path == ["resource", "google_compute_instance", "vm", 0, "metadata", "block-project-ssh-keys"]
}

test_blocked_oslogin_or_unknown_pass if {
	count(rule.deny) == 0 with input as vm({"metadata": {"block-project-ssh-keys": true}})
	count(rule.deny) == 0 with input as vm({"metadata": {"block-project-ssh-keys": "TRUE"}})
	count(rule.deny) == 0 with input as vm({"metadata": {"enable-oslogin": "TRUE"}})
	count(rule.deny) == 0 with input as vm({"metadata": {"block-project-ssh-keys": "${var.block}"}})
	count(rule.deny) == 0 with input as vm({"metadata": "${local.metadata}"})
}

test_plan if {
	p := fx.plan("google_compute_instance", {"metadata": null}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["metadata"])
	later := fx.plan("google_compute_instance", {}, {"metadata": {"references": ["local.metadata"]}})
	count(rule.deny) == 0 with input as later
}
