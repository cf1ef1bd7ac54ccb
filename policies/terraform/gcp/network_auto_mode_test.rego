package verdict.terraform.gcp.network_auto_mode_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.network_auto_mode as rule
import rego.v1

net(body) := {"resource": {"google_compute_network": {"vpc": [object.union({"name": "vpc"}, body)]}}}

test_auto_mode_fires if {
	some r in rule.deny with input as net({})
	r.path == ["resource", "google_compute_network", "vpc", 0]
	some r2 in rule.deny with input as net({"auto_create_subnetworks": true})
	r2.path == ["resource", "google_compute_network", "vpc", 0, "auto_create_subnetworks"]
}

test_default_name_fires if {
	some r in rule.deny with input as net({"name": "default", "auto_create_subnetworks": false})
	r.path == ["resource", "google_compute_network", "vpc", 0, "name"]
	count(rule.deny) == 1 with input as net({"name": "default"})
}

test_custom_mode_or_unknown_passes if {
	count(rule.deny) == 0 with input as net({"auto_create_subnetworks": false})
	count(rule.deny) == 0 with input as net({"auto_create_subnetworks": "${var.auto}"})
	count(rule.deny) == 0 with input as net({"name": "${var.name}", "auto_create_subnetworks": false})
}

test_plan if {
	p := fx.plan("google_compute_network", {"name": "vpc", "auto_create_subnetworks": true}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["auto_create_subnetworks"])
	custom := fx.plan("google_compute_network", {"name": "vpc", "auto_create_subnetworks": false}, {})
	count(rule.deny) == 0 with input as custom
}
