package verdict.terraform.azure.cosmosdb_local_auth_test

import data.verdict.terraform.azure.cosmosdb_local_auth as rule
import rego.v1

res(type, body) := {"resource": {type: {"db": [object.union({"name": "db", "offer_type": "Standard"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.db", [type]), "mode": "managed", "type": type, "name": "db", "values": object.union({"name": "db", "offer_type": "Standard"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_cosmosdb_account", {"local_authentication_disabled": false})
	r.path == ["resource", "azurerm_cosmosdb_account", "db", 0, "local_authentication_disabled"]
	r.resource == "azurerm_cosmosdb_account.db"
	count(rule.deny) == 1 with input as res("azurerm_cosmosdb_account", {"local_authentication_disabled": false})
}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as res("azurerm_cosmosdb_account", {})
	r.path == ["resource", "azurerm_cosmosdb_account", "db", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_cosmosdb_account", {"local_authentication_disabled": true})
	count(rule.deny) == 0 with input as res("azurerm_cosmosdb_account", {"local_authentication_disabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_cosmosdb_account", {"local_authentication_disabled": false})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "local_authentication_disabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_cosmosdb_account", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_cosmosdb_account.db", "mode": "managed", "type": "azurerm_cosmosdb_account", "name": "db", "expressions": {"local_authentication_disabled": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
