package verdict.terraform.azure.mssql_public_network_test

import data.verdict.terraform.azure.mssql_public_network as rule
import rego.v1

res(type, body) := {"resource": {type: {"sql": [object.union({"name": "sql", "version": "12.0"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.sql", [type]), "mode": "managed", "type": type, "name": "sql", "values": object.union({"name": "sql", "version": "12.0"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_mssql_server", {"public_network_access_enabled": true})
	r.path == ["resource", "azurerm_mssql_server", "sql", 0, "public_network_access_enabled"]
	r.resource == "azurerm_mssql_server.sql"
	count(rule.deny) == 1 with input as res("azurerm_mssql_server", {"public_network_access_enabled": true})
}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as res("azurerm_mssql_server", {})
	r.path == ["resource", "azurerm_mssql_server", "sql", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_mssql_server", {"public_network_access_enabled": false})
	count(rule.deny) == 0 with input as res("azurerm_mssql_server", {"public_network_access_enabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_mssql_server", {"public_network_access_enabled": true})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "public_network_access_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_mssql_server", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_mssql_server.sql", "mode": "managed", "type": "azurerm_mssql_server", "name": "sql", "expressions": {"public_network_access_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
