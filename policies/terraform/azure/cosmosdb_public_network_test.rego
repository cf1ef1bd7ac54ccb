package verdict.terraform.azure.cosmosdb_public_network_test

import data.verdict.terraform.azure.cosmosdb_public_network as rule
import rego.v1

res(type, body) := {"resource": {type: {"db": [object.union({"name": "db", "offer_type": "Standard"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.db", [type]), "mode": "managed", "type": type, "name": "db", "values": object.union({"name": "db", "offer_type": "Standard"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_cosmosdb_account", {"public_network_access_enabled": true})
	r.path == ["resource", "azurerm_cosmosdb_account", "db", 0, "public_network_access_enabled"]
	r.resource == "azurerm_cosmosdb_account.db"
	count(rule.deny) == 1 with input as res("azurerm_cosmosdb_account", {"public_network_access_enabled": true})
}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as res("azurerm_cosmosdb_account", {})
	r.path == ["resource", "azurerm_cosmosdb_account", "db", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_cosmosdb_account", {"public_network_access_enabled": false})
	count(rule.deny) == 0 with input as res("azurerm_cosmosdb_account", {"public_network_access_enabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_cosmosdb_account", {"public_network_access_enabled": true})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "public_network_access_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_cosmosdb_account", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_cosmosdb_account.db", "mode": "managed", "type": "azurerm_cosmosdb_account", "name": "db", "expressions": {"public_network_access_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
