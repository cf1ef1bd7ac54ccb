package verdict.terraform.azure.postgres_log_settings_test

import data.verdict.terraform.azure.postgres_log_settings as rule
import rego.v1

conf(name, value) := {"resource": {"azurerm_postgresql_flexible_server_configuration": {"p": [{"name": name, "server_id": "${azurerm_postgresql_flexible_server.db.id}", "value": value}]}}}

test_logging_off_fires_at_the_value if {
	some r in rule.warn with input as conf("log_connections", "off")
	r.path == ["resource", "azurerm_postgresql_flexible_server_configuration", "p", 0, "value"]
	r.resource == "azurerm_postgresql_flexible_server_configuration.p"
	every name in ["log_checkpoints", "log_disconnections", "connection_throttle.enable"] {
		count(rule.warn) == 1 with input as conf(name, "OFF")
	}
	count(rule.warn) == 1 with input as {"resource": {"azurerm_postgresql_configuration": {"p": [{"name": "connection_throttling", "value": "off"}]}}}
}

test_on_other_or_unknown_passes if {
	count(rule.warn) == 0 with input as conf("log_connections", "on")
	count(rule.warn) == 0 with input as conf("log_connections", "${var.v}")
	count(rule.warn) == 0 with input as conf("${var.name}", "off")
	count(rule.warn) == 0 with input as conf("require_secure_transport", "off")
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_postgresql_flexible_server_configuration.p", "mode": "managed", "type": "azurerm_postgresql_flexible_server_configuration", "name": "p",
		"values": {"name": "log_checkpoints", "value": "off"},
	}]}}}
	some r in rule.warn with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "value"]
}
