package verdict.terraform.azure.sql_audit_retention_test

import data.verdict.terraform.azure.sql_audit_retention as rule
import rego.v1

policy(body) := {"resource": {"azurerm_mssql_server_extended_auditing_policy": {"sql": [object.union({"server_id": "${azurerm_mssql_server.sql.id}", "storage_endpoint": "${azurerm_storage_account.audit.primary_blob_endpoint}"}, body)]}}}

test_short_retention_fires_at_the_argument if {
	[r] := [x | some x in rule.deny] with input as policy({"retention_in_days": 30})
	r.path == ["resource", "azurerm_mssql_server_extended_auditing_policy", "sql", 0, "retention_in_days"]
	r.resource == "azurerm_mssql_server_extended_auditing_policy.sql"
	contains(r.msg, "30 days")
}

test_disabled_fires if {
	[r] := [x | some x in rule.deny] with input as policy({"enabled": false})
	r.path == ["resource", "azurerm_mssql_server_extended_auditing_policy", "sql", 0, "enabled"]
}

test_long_forever_unknown_or_log_analytics_passes if {
	count(rule.deny) == 0 with input as policy({"retention_in_days": 90})
	count(rule.deny) == 0 with input as policy({"retention_in_days": 0})
	count(rule.deny) == 0 with input as policy({})
	count(rule.deny) == 0 with input as policy({"retention_in_days": "${var.days}"})
	count(rule.deny) == 0 with input as policy({"enabled": "${var.on}"})
	la := {"resource": {"azurerm_mssql_server_extended_auditing_policy": {"sql": [{"server_id": "x", "log_monitoring_enabled": true, "retention_in_days": 7}]}}}
	count(rule.deny) == 0 with input as la
}

test_minimum_tunable if {
	count(rule.deny) == 1 with input as policy({"retention_in_days": 90}) with data.verdict.config.azure_sql_audit_retention_days as 180
}

test_plan_database_policy if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_mssql_database_extended_auditing_policy.db", "mode": "managed", "type": "azurerm_mssql_database_extended_auditing_policy", "name": "db",
		"values": {"enabled": true, "retention_in_days": 14, "storage_endpoint": "https://audit.blob.core.windows.net/"},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "retention_in_days"]
}
