package verdict.terraform.azure.app_service_cors_wildcard_test

import data.verdict.terraform.azure.app_service_cors_wildcard as rule
import rego.v1

app(type, origins) := {"resource": {type: {"api": [{"name": "api", "site_config": [{"cors": [{"allowed_origins": origins}]}]}]}}}

test_wildcard_fires_at_the_origin if {
	some r in rule.deny with input as app("azurerm_linux_web_app", ["https://app.example.com", "*"])
	r.path == ["resource", "azurerm_linux_web_app", "api", 0, "site_config", 0, "cors", 0, "allowed_origins", 1]
	r.resource == "azurerm_linux_web_app.api"
	every t in rule.types {
		count(rule.deny) == 1 with input as app(t, ["*"])
	}
}

test_listed_origins_none_or_unknown_pass if {
	count(rule.deny) == 0 with input as app("azurerm_linux_web_app", ["https://app.example.com"])
	count(rule.deny) == 0 with input as app("azurerm_linux_web_app", "${var.origins}")
	count(rule.deny) == 0 with input as {"resource": {"azurerm_linux_web_app": {"api": [{"name": "api", "site_config": [{}]}]}}}
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_windows_web_app.api", "mode": "managed", "type": "azurerm_windows_web_app", "name": "api",
		"values": {"name": "api", "site_config": [{"cors": [{"allowed_origins": ["*"], "support_credentials": false}]}]},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "site_config", 0, "cors", 0, "allowed_origins", 0]
}
