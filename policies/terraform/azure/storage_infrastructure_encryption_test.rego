package verdict.terraform.azure.storage_infrastructure_encryption_test

import data.verdict.terraform.azure.storage_infrastructure_encryption as rule
import rego.v1

res(type, body) := {"resource": {type: {"data": [object.union({"name": "data", "account_tier": "Standard"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.data", [type]), "mode": "managed", "type": type, "name": "data", "values": object.union({"name": "data", "account_tier": "Standard"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.warn with input as res("azurerm_storage_account", {"infrastructure_encryption_enabled": false})
	r.path == ["resource", "azurerm_storage_account", "data", 0, "infrastructure_encryption_enabled"]
	r.resource == "azurerm_storage_account.data"
	count(rule.warn) == 1 with input as res("azurerm_storage_account", {"infrastructure_encryption_enabled": false})
}

test_absent_fires_at_the_resource if {
	some r in rule.warn with input as res("azurerm_storage_account", {})
	r.path == ["resource", "azurerm_storage_account", "data", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.warn) == 0 with input as res("azurerm_storage_account", {"infrastructure_encryption_enabled": true})
	count(rule.warn) == 0 with input as res("azurerm_storage_account", {"infrastructure_encryption_enabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.warn with input as plan("azurerm_storage_account", {"infrastructure_encryption_enabled": false})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "infrastructure_encryption_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_storage_account", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_storage_account.data", "mode": "managed", "type": "azurerm_storage_account", "name": "data", "expressions": {"infrastructure_encryption_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.warn) == 0 with input as inp
}
