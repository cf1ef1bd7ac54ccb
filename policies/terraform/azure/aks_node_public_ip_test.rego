package verdict.terraform.azure.aks_node_public_ip_test

import data.verdict.terraform.azure.aks_node_public_ip as rule
import rego.v1

cluster(pool) := {"resource": {"azurerm_kubernetes_cluster": {"main": [{"name": "main", "dns_prefix": "main", "default_node_pool": [object.union({"name": "system", "vm_size": "Standard_D2s_v5"}, pool)]}]}}}

node_pool(body) := {"resource": {"azurerm_kubernetes_cluster_node_pool": {"workers": [object.union({"name": "workers", "kubernetes_cluster_id": "${azurerm_kubernetes_cluster.main.id}"}, body)]}}}

test_default_pool_fires_at_the_argument if {
	some r in rule.deny with input as cluster({"node_public_ip_enabled": true})
	r.path == ["resource", "azurerm_kubernetes_cluster", "main", 0, "default_node_pool", 0, "node_public_ip_enabled"]
	r.resource == "azurerm_kubernetes_cluster.main"
}

test_node_pool_and_legacy_name_fire if {
	some r in rule.deny with input as node_pool({"enable_node_public_ip": true})
	r.path == ["resource", "azurerm_kubernetes_cluster_node_pool", "workers", 0, "enable_node_public_ip"]
}

test_private_default_or_unknown_passes if {
	count(rule.deny) == 0 with input as cluster({})
	count(rule.deny) == 0 with input as cluster({"node_public_ip_enabled": false})
	count(rule.deny) == 0 with input as cluster({"node_public_ip_enabled": "${var.public_ip}"})
	count(rule.deny) == 0 with input as node_pool({})
	count(rule.deny) == 0 with input as node_pool({"node_public_ip_enabled": "${var.public_ip}"})
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_kubernetes_cluster_node_pool.workers", "mode": "managed", "type": "azurerm_kubernetes_cluster_node_pool", "name": "workers",
		"values": {"name": "workers", "node_public_ip_enabled": true},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "node_public_ip_enabled"]
}
