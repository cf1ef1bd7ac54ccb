package verdict.terraform.gcp.gke_node_auto_repair_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_node_auto_repair as rule
import rego.v1

pool(management) := {"resource": {"google_container_node_pool": {"apps": [{"name": "apps", "cluster": "c", "management": [management]}]}}}

test_disabled_fires if {
	some r in rule.deny with input as pool({"auto_repair": false})
	r.path == ["resource", "google_container_node_pool", "apps", 0, "management", 0, "auto_repair"]
	r.resource == "google_container_node_pool.apps"
	inline := {"resource": {"google_container_cluster": {"c": [{"node_pool": [{"name": "p", "management": [{"auto_repair": "false"}]}]}]}}}
	some r2 in rule.deny with input as inline
	r2.path == ["resource", "google_container_cluster", "c", 0, "node_pool", 0, "management", 0, "auto_repair"]
}

test_default_enabled_or_unknown_passes if {
	count(rule.deny) == 0 with input as pool({"auto_repair": true})
	count(rule.deny) == 0 with input as pool({})
	count(rule.deny) == 0 with input as pool({"auto_repair": "${var.auto}"})
	count(rule.deny) == 0 with input as {"resource": {"google_container_node_pool": {"apps": [{"name": "apps"}]}}}
}

test_plan_fires if {
	p := fx.plan("google_container_node_pool", {"name": "apps", "management": [{"auto_repair": false, "auto_upgrade": false}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["management", 0, "auto_repair"])
}
