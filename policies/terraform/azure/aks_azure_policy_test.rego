package verdict.terraform.azure.aks_azure_policy_test

import data.verdict.terraform.azure.aks_azure_policy as rule
import rego.v1

res(type, body) := {"resource": {type: {"main": [object.union({"name": "main", "dns_prefix": "main"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.main", [type]), "mode": "managed", "type": type, "name": "main", "values": object.union({"name": "main", "dns_prefix": "main"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.warn with input as res("azurerm_kubernetes_cluster", {"azure_policy_enabled": false})
	r.path == ["resource", "azurerm_kubernetes_cluster", "main", 0, "azure_policy_enabled"]
	r.resource == "azurerm_kubernetes_cluster.main"
	count(rule.warn) == 1 with input as res("azurerm_kubernetes_cluster", {"azure_policy_enabled": false})
}

test_absent_fires_at_the_resource if {
	some r in rule.warn with input as res("azurerm_kubernetes_cluster", {})
	r.path == ["resource", "azurerm_kubernetes_cluster", "main", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.warn) == 0 with input as res("azurerm_kubernetes_cluster", {"azure_policy_enabled": true})
	count(rule.warn) == 0 with input as res("azurerm_kubernetes_cluster", {"azure_policy_enabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.warn with input as plan("azurerm_kubernetes_cluster", {"azure_policy_enabled": false})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "azure_policy_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_kubernetes_cluster", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_kubernetes_cluster.main", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "main", "expressions": {"azure_policy_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.warn) == 0 with input as inp
}
