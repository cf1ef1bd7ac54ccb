package verdict.terraform.azure.aks_local_accounts_test

import data.verdict.terraform.azure.aks_local_accounts as rule
import rego.v1

res(type, body) := {"resource": {type: {"main": [object.union({"name": "main", "dns_prefix": "main"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.main", [type]), "mode": "managed", "type": type, "name": "main", "values": object.union({"name": "main", "dns_prefix": "main"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_kubernetes_cluster", {"local_account_disabled": false})
	r.path == ["resource", "azurerm_kubernetes_cluster", "main", 0, "local_account_disabled"]
	r.resource == "azurerm_kubernetes_cluster.main"
	count(rule.deny) == 1 with input as res("azurerm_kubernetes_cluster", {"local_account_disabled": false})
}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as res("azurerm_kubernetes_cluster", {})
	r.path == ["resource", "azurerm_kubernetes_cluster", "main", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_kubernetes_cluster", {"local_account_disabled": true})
	count(rule.deny) == 0 with input as res("azurerm_kubernetes_cluster", {"local_account_disabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_kubernetes_cluster", {"local_account_disabled": false})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "local_account_disabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_kubernetes_cluster", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_kubernetes_cluster.main", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "main", "expressions": {"local_account_disabled": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
