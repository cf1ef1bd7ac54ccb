package verdict.terraform.gcp.gke_intranode_visibility_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_intranode_visibility as rule
import rego.v1

cluster(body) := {"resource": {"google_container_cluster": {"main": [object.union({"name": "main"}, body)]}}}

test_absent_or_false_fires if {
	some r in rule.deny with input as cluster({})
	r.path == ["resource", "google_container_cluster", "main", 0]
	some r2 in rule.deny with input as cluster({"enable_intranode_visibility": false})
	r2.path == ["resource", "google_container_cluster", "main", 0, "enable_intranode_visibility"]
}

test_enabled_autopilot_or_unknown_passes if {
	count(rule.deny) == 0 with input as cluster({"enable_intranode_visibility": true})
	count(rule.deny) == 0 with input as cluster({"enable_autopilot": true})
	count(rule.deny) == 0 with input as cluster({"enable_intranode_visibility": "${var.inv}"})
}

test_plan_fires if {
	p := fx.plan("google_container_cluster", {"name": "main", "enable_intranode_visibility": false}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["enable_intranode_visibility"])
}
