package verdict.terraform.azure.aks_network_policy_test

import data.verdict.terraform.azure.aks_network_policy as rule
import rego.v1

cluster(body) := {"resource": {"azurerm_kubernetes_cluster": {"main": [object.union({"name": "main", "dns_prefix": "main"}, body)]}}}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as cluster({})
	r.path == ["resource", "azurerm_kubernetes_cluster", "main", 0]
	r.resource == "azurerm_kubernetes_cluster.main"
}

test_profile_without_policy_fires_at_the_block if {
	some r in rule.deny with input as cluster({"network_profile": [{"network_plugin": "kubenet"}]})
	r.path == ["resource", "azurerm_kubernetes_cluster", "main", 0, "network_profile", 0]
}

test_policy_or_unknown_passes if {
	every p in ["azure", "calico", "cilium", "${var.network_policy}"] {
		count(rule.deny) == 0 with input as cluster({"network_profile": [{"network_plugin": "azure", "network_policy": p}]})
	}
	count(rule.deny) == 0 with input as cluster({"dynamic": {"network_profile": [{"for_each": "${var.p}"}]}})
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_kubernetes_cluster.main", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "main",
		"values": {"name": "main", "network_profile": [{"network_plugin": "kubenet", "network_policy": null}]},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "network_profile", 0, "network_policy"]
}
