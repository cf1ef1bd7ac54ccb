package verdict.terraform.gcp.subnet_private_google_access_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.subnet_private_google_access as rule
import rego.v1

subnet(body) := {"resource": {"google_compute_subnetwork": {"app": [object.union({"name": "app", "ip_cidr_range": "10.0.0.0/24"}, body)]}}}

test_absent_or_false_fires if {
	some r in rule.deny with input as subnet({})
	r.path == ["resource", "google_compute_subnetwork", "app", 0]
	some r2 in rule.deny with input as subnet({"private_ip_google_access": false})
	r2.path == ["resource", "google_compute_subnetwork", "app", 0, "private_ip_google_access"]
}

test_enabled_proxy_or_unknown_passes if {
	count(rule.deny) == 0 with input as subnet({"private_ip_google_access": true})
	count(rule.deny) == 0 with input as subnet({"private_ip_google_access": "${var.pga}"})
	count(rule.deny) == 0 with input as subnet({"purpose": "PRIVATE_SERVICE_CONNECT"})
}

test_plan_fires if {
	p := fx.plan("google_compute_subnetwork", {"name": "app", "private_ip_google_access": false}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["private_ip_google_access"])
}
