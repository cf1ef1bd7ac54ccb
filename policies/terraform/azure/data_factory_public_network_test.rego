package verdict.terraform.azure.data_factory_public_network_test

import data.verdict.terraform.azure.data_factory_public_network as rule
import rego.v1

res(type, body) := {"resource": {type: {"etl": [object.union({"name": "etl"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.etl", [type]), "mode": "managed", "type": type, "name": "etl", "values": object.union({"name": "etl"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_data_factory", {"public_network_enabled": true})
	r.path == ["resource", "azurerm_data_factory", "etl", 0, "public_network_enabled"]
	r.resource == "azurerm_data_factory.etl"
	count(rule.deny) == 1 with input as res("azurerm_data_factory", {"public_network_enabled": true})
}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as res("azurerm_data_factory", {})
	r.path == ["resource", "azurerm_data_factory", "etl", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_data_factory", {"public_network_enabled": false})
	count(rule.deny) == 0 with input as res("azurerm_data_factory", {"public_network_enabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_data_factory", {"public_network_enabled": true})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "public_network_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_data_factory", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_data_factory.etl", "mode": "managed", "type": "azurerm_data_factory", "name": "etl", "expressions": {"public_network_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
