package verdict.terraform.gcp.gke_node_metadata_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_node_metadata as rule
import rego.v1

pool(node_config) := {"resource": {"google_container_node_pool": {"apps": [{"name": "apps", "node_config": [node_config]}]}}}

test_gce_metadata_fires if {
	some r in rule.deny with input as pool({"workload_metadata_config": [{"mode": "GCE_METADATA"}]})
	r.path == ["resource", "google_container_node_pool", "apps", 0, "node_config", 0, "workload_metadata_config", 0, "mode"]
	count(rule.deny) == 1 with input as pool({"workload_metadata_config": [{"node_metadata": "EXPOSE"}]})
}

test_legacy_endpoints_fire if {
	cluster := {"resource": {"google_container_cluster": {"c": [{"node_config": [{"metadata": {"disable-legacy-endpoints": "false"}}]}]}}}
	some r in rule.deny with input as cluster
	r.path == ["resource", "google_container_cluster", "c", 0, "node_config", 0, "metadata", "disable-legacy-endpoints"]
}

test_gke_metadata_or_unknown_passes if {
	count(rule.deny) == 0 with input as pool({"workload_metadata_config": [{"mode": "GKE_METADATA"}]})
	count(rule.deny) == 0 with input as pool({"workload_metadata_config": [{"mode": "${var.mode}"}]})
	count(rule.deny) == 0 with input as pool({"metadata": {"disable-legacy-endpoints": "true"}})
	count(rule.deny) == 0 with input as pool({"metadata": "${var.metadata}"})
	count(rule.deny) == 0 with input as pool({})
}

test_plan_fires if {
	p := fx.plan("google_container_node_pool", {"node_config": [{"metadata": {"disable-legacy-endpoints": "true"}, "workload_metadata_config": [{"mode": "GCE_METADATA"}]}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["node_config", 0, "workload_metadata_config", 0, "mode"])
	count(rule.deny) == 1 with input as p
}
