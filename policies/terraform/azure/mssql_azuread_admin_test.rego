package verdict.terraform.azure.mssql_azuread_admin_test

import data.verdict.terraform.azure.mssql_azuread_admin as rule
import rego.v1

server(body) := {"resource": {"azurerm_mssql_server": {"sql": [object.union({"name": "sql", "version": "12.0"}, body)]}}}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as server({})
	r.path == ["resource", "azurerm_mssql_server", "sql", 0]
	r.resource == "azurerm_mssql_server.sql"
}

test_admin_legacy_or_unknown_passes if {
	count(rule.deny) == 0 with input as server({"azuread_administrator": [{"login_username": "sql-admins", "object_id": "${azuread_group.sql.object_id}"}]})
	count(rule.deny) == 0 with input as server({"azuread_administrator": "${var.admin}"})
	count(rule.deny) == 0 with input as server({"dynamic": {"azuread_administrator": [{"for_each": "${var.admins}"}]}})
	legacy := object.union(server({}), {"resource": {"azurerm_sql_active_directory_administrator": {"a": [{"server_name": "sql"}]}}})
	count(rule.deny) == 0 with input as legacy
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_mssql_server.sql", "mode": "managed", "type": "azurerm_mssql_server", "name": "sql",
		"values": {"name": "sql", "azuread_administrator": []},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "azuread_administrator"]
}
