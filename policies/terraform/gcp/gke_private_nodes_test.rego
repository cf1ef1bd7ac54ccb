package verdict.terraform.gcp.gke_private_nodes_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_private_nodes as rule
import rego.v1

cluster(body) := {"resource": {"google_container_cluster": {"main": [object.union({"name": "main", "location": "europe-west1"}, body)]}}}

test_public_nodes_fire if {
	some r in rule.deny with input as cluster({})
	r.path == ["resource", "google_container_cluster", "main", 0]
	some r2 in rule.deny with input as cluster({"private_cluster_config": [{"enable_private_nodes": false}]})
	r2.path == ["resource", "google_container_cluster", "main", 0, "private_cluster_config", 0, "enable_private_nodes"]
}

test_private_or_unknown_passes if {
	count(rule.deny) == 0 with input as cluster({"private_cluster_config": [{"enable_private_nodes": true}]})
	count(rule.deny) == 0 with input as cluster({"private_cluster_config": [{"enable_private_nodes": "${var.private}"}]})
	count(rule.deny) == 0 with input as cluster({"dynamic": {"private_cluster_config": [{"for_each": "${var.p}"}]}})
}

test_plan_fires if {
	p := fx.plan("google_container_cluster", {"name": "main", "private_cluster_config": []}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["private_cluster_config"])
}
