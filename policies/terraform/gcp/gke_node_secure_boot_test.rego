package verdict.terraform.gcp.gke_node_secure_boot_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_node_secure_boot as rule
import rego.v1

pool(body) := {"resource": {"google_container_node_pool": {"apps": [object.union({"name": "apps", "cluster": "c"}, body)]}}}

test_node_config_without_secure_boot_fires if {
	some r in rule.deny with input as pool({"node_config": [{"machine_type": "e2-standard-4"}]})
	r.path == ["resource", "google_container_node_pool", "apps", 0, "node_config", 0]
	r.resource == "google_container_node_pool.apps"
	some r2 in rule.deny with input as pool({"node_config": [{"shielded_instance_config": [{"enable_secure_boot": false}]}]})
	r2.path == ["resource", "google_container_node_pool", "apps", 0, "node_config", 0, "shielded_instance_config", 0, "enable_secure_boot"]
}

test_default_node_config_fires if {
	some r in rule.deny with input as pool({})
	r.path == ["resource", "google_container_node_pool", "apps", 0]
	cluster := {"resource": {"google_container_cluster": {"c": [{"name": "c", "node_config": [{"machine_type": "e2"}]}]}}}
	some r2 in rule.deny with input as cluster
	r2.path == ["resource", "google_container_cluster", "c", 0, "node_config", 0]
}

test_secure_boot_removed_default_pool_or_unknown_pass if {
	count(rule.deny) == 0 with input as pool({"node_config": [{"shielded_instance_config": [{"enable_secure_boot": true}]}]})
	count(rule.deny) == 0 with input as pool({"node_config": [{"shielded_instance_config": [{"enable_secure_boot": "${var.sb}"}]}]})
	count(rule.deny) == 0 with input as pool({"node_config": "${var.node_config}"})
	removed := {"resource": {"google_container_cluster": {"c": [{"name": "c", "remove_default_node_pool": true, "node_config": [{"machine_type": "e2"}]}]}}}
	count(rule.deny) == 0 with input as removed
}

test_plan_fires if {
	p := fx.plan("google_container_node_pool", {"name": "apps", "node_config": [{"machine_type": "e2-standard-4", "shielded_instance_config": [{"enable_integrity_monitoring": true, "enable_secure_boot": false}]}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["node_config", 0, "shielded_instance_config", 0, "enable_secure_boot"])
}
