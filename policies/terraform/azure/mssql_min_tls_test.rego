package verdict.terraform.azure.mssql_min_tls_test

import data.verdict.terraform.azure.mssql_min_tls as rule
import rego.v1

res(type, body) := {"resource": {type: {"sql": [object.union({"name": "sql", "version": "12.0"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.sql", [type]), "mode": "managed", "type": type, "name": "sql", "values": object.union({"name": "sql", "version": "12.0"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_mssql_server", {"minimum_tls_version": "1.0"})
	r.path == ["resource", "azurerm_mssql_server", "sql", 0, "minimum_tls_version"]
	r.resource == "azurerm_mssql_server.sql"
	count(rule.deny) == 1 with input as res("azurerm_mssql_server", {"minimum_tls_version": "1.0"})
}

test_other_wrong_values_fire if {
	count(rule.deny) == 1 with input as res("azurerm_mssql_server", {"minimum_tls_version": "1.1"})
	count(rule.deny) == 1 with input as res("azurerm_mssql_server", {"minimum_tls_version": "Disabled"})
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_mssql_server", {"minimum_tls_version": "1.2"})
	count(rule.deny) == 0 with input as res("azurerm_mssql_server", {})
	count(rule.deny) == 0 with input as res("azurerm_mssql_server", {"minimum_tls_version": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_mssql_server", {"minimum_tls_version": "1.0"})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "minimum_tls_version"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_mssql_server", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_mssql_server.sql", "mode": "managed", "type": "azurerm_mssql_server", "name": "sql", "expressions": {"minimum_tls_version": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
