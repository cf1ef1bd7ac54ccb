package verdict.terraform.azure.storage_shared_key_test

import data.verdict.terraform.azure.storage_shared_key as rule
import rego.v1

res(type, body) := {"resource": {type: {"data": [object.union({"name": "data", "account_tier": "Standard"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.data", [type]), "mode": "managed", "type": type, "name": "data", "values": object.union({"name": "data", "account_tier": "Standard"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_storage_account", {"shared_access_key_enabled": true})
	r.path == ["resource", "azurerm_storage_account", "data", 0, "shared_access_key_enabled"]
	r.resource == "azurerm_storage_account.data"
	count(rule.deny) == 1 with input as res("azurerm_storage_account", {"shared_access_key_enabled": true})
}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as res("azurerm_storage_account", {})
	r.path == ["resource", "azurerm_storage_account", "data", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_storage_account", {"shared_access_key_enabled": false})
	count(rule.deny) == 0 with input as res("azurerm_storage_account", {"shared_access_key_enabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_storage_account", {"shared_access_key_enabled": true})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "shared_access_key_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_storage_account", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_storage_account.data", "mode": "managed", "type": "azurerm_storage_account", "name": "data", "expressions": {"shared_access_key_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
