package verdict.terraform.azure.aks_rbac_test

import data.verdict.terraform.azure.aks_rbac as rule
import rego.v1

cluster(body) := {"resource": {"azurerm_kubernetes_cluster": {"main": [object.union({"name": "main", "dns_prefix": "main", "default_node_pool": [{"name": "default", "vm_size": "Standard_D2_v2"}]}, body)]}}}

test_rbac_disabled_fires if {
	some r in rule.deny with input as cluster({"role_based_access_control_enabled": false})
	r.path == ["resource", "azurerm_kubernetes_cluster", "main", 0, "role_based_access_control_enabled"]
	r.resource == "azurerm_kubernetes_cluster.main"
}

test_legacy_block_fires if {
	some r in rule.deny with input as cluster({"role_based_access_control": [{"enabled": false}]})
	r.path == ["resource", "azurerm_kubernetes_cluster", "main", 0, "role_based_access_control", 0, "enabled"]
}

test_default_enabled_and_unknown_pass if {
	count(rule.deny) == 0 with input as cluster({})
	count(rule.deny) == 0 with input as cluster({"role_based_access_control_enabled": true})
	count(rule.deny) == 0 with input as cluster({"role_based_access_control_enabled": "${var.rbac}"})
	count(rule.deny) == 0 with input as cluster({"role_based_access_control": [{"enabled": true}]})
}
