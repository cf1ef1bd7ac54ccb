package verdict.terraform.azure.mssql_alert_policy_test

import data.verdict.terraform.azure.mssql_alert_policy as rule
import rego.v1

policy(body) := {"resource": {"azurerm_mssql_server_security_alert_policy": {"sql": [object.union({"server_name": "${azurerm_mssql_server.sql.name}"}, body)]}}}

test_disabled_fires_at_the_state if {
	[r] := [x | some x in rule.deny] with input as policy({"state": "Disabled"})
	r.path == ["resource", "azurerm_mssql_server_security_alert_policy", "sql", 0, "state"]
	r.resource == "azurerm_mssql_server_security_alert_policy.sql"
}

test_no_recipients_fires if {
	[r] := [x | some x in rule.deny] with input as policy({"state": "Enabled"})
	r.path == ["resource", "azurerm_mssql_server_security_alert_policy", "sql", 0]
	[r2] := [x | some x in rule.deny] with input as policy({"state": "Enabled", "email_addresses": [], "email_account_admins": false})
	r2.path == ["resource", "azurerm_mssql_server_security_alert_policy", "sql", 0, "email_addresses"]
}

test_enabled_with_recipients_or_unknown_passes if {
	count(rule.deny) == 0 with input as policy({"state": "Enabled", "email_addresses": ["secops@example.com"]})
	count(rule.deny) == 0 with input as policy({"state": "Enabled", "email_account_admins": true})
	count(rule.deny) == 0 with input as policy({"state": "Enabled", "email_addresses": "${var.emails}"})
	count(rule.deny) == 0 with input as policy({"state": "${var.state}"})
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_mssql_server_security_alert_policy.sql", "mode": "managed", "type": "azurerm_mssql_server_security_alert_policy", "name": "sql",
		"values": {"state": "Disabled", "email_addresses": null},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "state"]
}
