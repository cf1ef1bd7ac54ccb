package verdict.terraform.azure.sql_firewall_any_ip_test

import data.verdict.terraform.azure.sql_firewall_any_ip as rule
import rego.v1

fw(type, start, end) := {"resource": {type: {"all": [{"name": "all", "start_ip_address": start, "end_ip_address": end}]}}}

test_any_ip_fires if {
	some r in rule.deny with input as fw("azurerm_mssql_firewall_rule", "0.0.0.0", "255.255.255.255")
	r.path == ["resource", "azurerm_mssql_firewall_rule", "all", 0, "end_ip_address"]
	r.resource == "azurerm_mssql_firewall_rule.all"
	every t in rule.types {
		count(rule.deny) == 1 with input as fw(t, "0.0.0.0", "255.255.255.255")
	}
}

test_narrow_azure_services_or_unknown_passes if {
	count(rule.deny) == 0 with input as fw("azurerm_mssql_firewall_rule", "0.0.0.0", "0.0.0.0")
	count(rule.deny) == 0 with input as fw("azurerm_mssql_firewall_rule", "203.0.113.0", "203.0.113.255")
	count(rule.deny) == 0 with input as fw("azurerm_mssql_firewall_rule", "0.0.0.0", "${var.end}")
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_postgresql_flexible_server_firewall_rule.all", "mode": "managed", "type": "azurerm_postgresql_flexible_server_firewall_rule", "name": "all",
		"values": {"name": "all", "start_ip_address": "0.0.0.0", "end_ip_address": "255.255.255.255"},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "end_ip_address"]
}
