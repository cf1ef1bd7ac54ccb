package verdict.terraform.azure.aks_api_server_access_test

import data.verdict.terraform.azure.aks_api_server_access as rule
import rego.v1

cluster(body) := {"resource": {"azurerm_kubernetes_cluster": {"main": [object.union({"name": "main", "dns_prefix": "main"}, body)]}}}

test_public_without_ranges_fires_at_the_resource if {
	some r in rule.deny with input as cluster({})
	r.path == ["resource", "azurerm_kubernetes_cluster", "main", 0]
	r.resource == "azurerm_kubernetes_cluster.main"
}

test_explicitly_public_fires_at_the_argument if {
	some r in rule.deny with input as cluster({"private_cluster_enabled": false})
	r.path == ["resource", "azurerm_kubernetes_cluster", "main", 0, "private_cluster_enabled"]
}

test_any_address_range_fires_at_the_ranges if {
	some r in rule.deny with input as cluster({"api_server_access_profile": [{"authorized_ip_ranges": ["0.0.0.0/0"]}]})
	r.path == ["resource", "azurerm_kubernetes_cluster", "main", 0, "api_server_access_profile", 0, "authorized_ip_ranges"]
}

test_private_ranges_or_unknown_passes if {
	count(rule.deny) == 0 with input as cluster({"private_cluster_enabled": true})
	count(rule.deny) == 0 with input as cluster({"private_cluster_enabled": "${var.private}"})
	count(rule.deny) == 0 with input as cluster({"api_server_access_profile": [{"authorized_ip_ranges": ["203.0.113.0/24"]}]})
	count(rule.deny) == 0 with input as cluster({"api_server_access_profile": [{"authorized_ip_ranges": "${var.ranges}"}]})
	count(rule.deny) == 0 with input as cluster({"api_server_authorized_ip_ranges": ["203.0.113.0/24"]})
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_kubernetes_cluster.main", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "main",
		"values": {"name": "main", "private_cluster_enabled": false, "api_server_access_profile": []},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "private_cluster_enabled"]
}
