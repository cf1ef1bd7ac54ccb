package verdict.terraform.azure.db_ssl_enforcement_test

import data.verdict.terraform.azure.db_ssl_enforcement as rule
import rego.v1

res(type, body) := {"resource": {type: {"db": [body]}}}

conf(value) := res("azurerm_postgresql_flexible_server_configuration", {"name": "require_secure_transport", "server_id": "${azurerm_postgresql_flexible_server.db.id}", "value": value})

test_single_server_fires if {
	some r in rule.deny with input as res("azurerm_postgresql_server", {"name": "db", "ssl_enforcement_enabled": false})
	r.path == ["resource", "azurerm_postgresql_server", "db", 0, "ssl_enforcement_enabled"]
	r.resource == "azurerm_postgresql_server.db"
	count(rule.deny) == 1 with input as res("azurerm_mysql_server", {"name": "db", "ssl_enforcement_enabled": "false"})
}

test_flexible_configuration_fires if {
	some r in rule.deny with input as conf("off")
	r.path == ["resource", "azurerm_postgresql_flexible_server_configuration", "db", 0, "value"]
	count(rule.deny) == 1 with input as res("azurerm_mysql_flexible_server_configuration", {"name": "require_secure_transport", "value": "OFF"})
}

test_enforced_other_settings_or_unknown_pass if {
	count(rule.deny) == 0 with input as res("azurerm_postgresql_server", {"name": "db", "ssl_enforcement_enabled": true})
	count(rule.deny) == 0 with input as res("azurerm_postgresql_server", {"name": "db", "ssl_enforcement_enabled": "${var.ssl}"})
	count(rule.deny) == 0 with input as conf("on")
	count(rule.deny) == 0 with input as conf("${var.tls}")
	count(rule.deny) == 0 with input as res("azurerm_postgresql_flexible_server_configuration", {"name": "log_checkpoints", "value": "off"})
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_mysql_flexible_server_configuration.tls", "mode": "managed", "type": "azurerm_mysql_flexible_server_configuration", "name": "tls",
		"values": {"name": "require_secure_transport", "value": "OFF", "server_name": "db"},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "value"]
}
