package verdict.terraform.azure.mssql_tde_test

import data.verdict.terraform.azure.mssql_tde as rule
import rego.v1

res(type, body) := {"resource": {type: {"app": [object.union({"name": "app", "server_id": "${azurerm_mssql_server.sql.id}"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.app", [type]), "mode": "managed", "type": type, "name": "app", "values": object.union({"name": "app", "server_id": "${azurerm_mssql_server.sql.id}"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_mssql_database", {"transparent_data_encryption_enabled": false})
	r.path == ["resource", "azurerm_mssql_database", "app", 0, "transparent_data_encryption_enabled"]
	r.resource == "azurerm_mssql_database.app"
	count(rule.deny) == 1 with input as res("azurerm_mssql_database", {"transparent_data_encryption_enabled": false})
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_mssql_database", {"transparent_data_encryption_enabled": true})
	count(rule.deny) == 0 with input as res("azurerm_mssql_database", {})
	count(rule.deny) == 0 with input as res("azurerm_mssql_database", {"transparent_data_encryption_enabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_mssql_database", {"transparent_data_encryption_enabled": false})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "transparent_data_encryption_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_mssql_database", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_mssql_database.app", "mode": "managed", "type": "azurerm_mssql_database", "name": "app", "expressions": {"transparent_data_encryption_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
