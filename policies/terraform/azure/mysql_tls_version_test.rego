package verdict.terraform.azure.mysql_tls_version_test

import data.verdict.terraform.azure.mysql_tls_version as rule
import rego.v1

conf(name, value) := {"resource": {"azurerm_mysql_flexible_server_configuration": {"tls": [{"name": name, "server_name": "${azurerm_mysql_flexible_server.db.name}", "value": value}]}}}

test_old_versions_fire_at_the_value if {
	some r in rule.deny with input as conf("tls_version", "TLSv1, TLSv1.1,TLSv1.2")
	r.path == ["resource", "azurerm_mysql_flexible_server_configuration", "tls", 0, "value"]
	r.resource == "azurerm_mysql_flexible_server_configuration.tls"
	contains(r.msg, "TLSv1, TLSv1.1")
	count(rule.deny) == 1 with input as conf("tls_version", "TLSv1.1")
}

test_modern_other_or_unknown_passes if {
	count(rule.deny) == 0 with input as conf("tls_version", "TLSv1.2")
	count(rule.deny) == 0 with input as conf("tls_version", "TLSv1.2,TLSv1.3")
	count(rule.deny) == 0 with input as conf("tls_version", "${var.tls}")
	count(rule.deny) == 0 with input as conf("max_connections", "TLSv1")
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_mysql_flexible_server_configuration.tls", "mode": "managed", "type": "azurerm_mysql_flexible_server_configuration", "name": "tls",
		"values": {"name": "tls_version", "value": "TLSv1.1,TLSv1.2"},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "value"]
}
