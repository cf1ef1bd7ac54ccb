package verdict.terraform.gcp.gke_shielded_nodes_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_shielded_nodes as rule
import rego.v1

cluster(body) := {"resource": {"google_container_cluster": {"main": [object.union({"name": "main"}, body)]}}}

test_disabled_fires if {
	some r in rule.deny with input as cluster({"enable_shielded_nodes": false})
	r.path == ["resource", "google_container_cluster", "main", 0, "enable_shielded_nodes"]
}

test_default_or_unknown_passes if {
	count(rule.deny) == 0 with input as cluster({})
	count(rule.deny) == 0 with input as cluster({"enable_shielded_nodes": true})
	count(rule.deny) == 0 with input as cluster({"enable_shielded_nodes": "${var.shielded}"})
}

test_plan_fires if {
	p := fx.plan("google_container_cluster", {"name": "main", "enable_shielded_nodes": false}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["enable_shielded_nodes"])
}
