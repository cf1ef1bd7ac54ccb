package verdict.terraform.gcp.gke_master_authorized_networks_test

import data.verdict.terraform.gcp.gke_master_authorized_networks as rule
import rego.v1

cluster(body) := {"resource": {"google_container_cluster": {"main": [object.union({"name": "main", "location": "europe-west1"}, body)]}}}

test_public_cluster_fires if {
	some r in rule.deny with input as cluster({})
	r.path == ["resource", "google_container_cluster", "main", 0]
	r.resource == "google_container_cluster.main"
}

test_private_nodes_only_fires if {
	count(rule.deny) == 1 with input as cluster({"private_cluster_config": [{"enable_private_nodes": true, "enable_private_endpoint": false}]})
}

test_authorized_networks_pass if {
	nets := [{"cidr_blocks": [{"cidr_block": "10.0.0.0/8", "display_name": "vpn"}]}]
	count(rule.deny) == 0 with input as cluster({"master_authorized_networks_config": nets})
	count(rule.deny) == 0 with input as cluster({"master_authorized_networks_config": [{}]})
}

test_private_endpoint_passes if {
	count(rule.deny) == 0 with input as cluster({"private_cluster_config": [{"enable_private_nodes": true, "enable_private_endpoint": true}]})
	count(rule.deny) == 0 with input as cluster({"private_cluster_config": [{"enable_private_endpoint": "${var.private}"}]})
}

test_dynamic_block_is_unknown if {
	dyn := {"master_authorized_networks_config": [{"for_each": "${var.authorized ? [1] : []}"}]}
	count(rule.deny) == 0 with input as cluster({"dynamic": dyn})
}

test_plan_fires if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "google_container_cluster.main", "mode": "managed", "type": "google_container_cluster", "name": "main",
		"values": {"name": "main", "master_authorized_networks_config": [], "private_cluster_config": []},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values"]
}
