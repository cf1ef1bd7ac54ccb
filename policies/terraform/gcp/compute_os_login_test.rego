package verdict.terraform.gcp.compute_os_login_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.compute_os_login as rule
import rego.v1

vm(metadata) := {"resource": {"google_compute_instance": {"vm": [{"name": "vm", "metadata": metadata}]}}}

test_instance_false_fires if {
	some r in rule.deny with input as vm({"enable-oslogin": "FALSE"})
	r.path == ["resource", "google_compute_instance", "vm", 0, "metadata", "enable-oslogin"]
	count(rule.deny) == 1 with input as vm({"enable-oslogin": false})
}

test_project_metadata_fires if {
	p := {"resource": {"google_compute_project_metadata": {"p": [{"metadata": {"block-project-ssh-keys": "TRUE"}}]}}}
	some r in rule.deny with input as p
	r.path == ["resource", "google_compute_project_metadata", "p", 0, "metadata"]
	item := {"resource": {"google_compute_project_metadata_item": {"i": [{"key": "enable-oslogin", "value": "FALSE"}]}}}
	some r2 in rule.deny with input as item
	r2.path == ["resource", "google_compute_project_metadata_item", "i", 0, "value"]
}

test_enabled_absent_on_instance_or_unknown_pass if {
	count(rule.deny) == 0 with input as vm({"enable-oslogin": "TRUE"})
	count(rule.deny) == 0 with input as vm({"ssh-keys": "x"})
	count(rule.deny) == 0 with input as vm({"enable-oslogin": "${var.oslogin}"})
	count(rule.deny) == 0 with input as vm("${local.metadata}")
	count(rule.deny) == 0 with input as {"resource": {"google_compute_project_metadata": {"p": [{"metadata": {"enable-oslogin": "TRUE"}}]}}}
	count(rule.deny) == 0 with input as {"resource": {"google_compute_project_metadata": {"p": [{"metadata": "${local.m}"}]}}}
}

test_plan_fires if {
	p := fx.plan("google_compute_instance", {"metadata": {"enable-oslogin": "false"}}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["metadata", "enable-oslogin"])
}
