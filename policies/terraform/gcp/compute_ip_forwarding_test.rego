package verdict.terraform.gcp.compute_ip_forwarding_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.compute_ip_forwarding as rule
import rego.v1

vm(body) := {"resource": {"google_compute_instance_template": {"t": [object.union({"machine_type": "e2-small"}, body)]}}}

test_forwarding_fires if {
	some r in rule.deny with input as vm({"can_ip_forward": true})
	r.path == ["resource", "google_compute_instance_template", "t", 0, "can_ip_forward"]
	r.resource == "google_compute_instance_template.t"
}

test_default_false_or_unknown_pass if {
	count(rule.deny) == 0 with input as vm({})
	count(rule.deny) == 0 with input as vm({"can_ip_forward": false})
	count(rule.deny) == 0 with input as vm({"can_ip_forward": "${var.forward}"})
}

test_plan_fires if {
	p := fx.plan("google_compute_instance", {"can_ip_forward": true}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["can_ip_forward"])
}
