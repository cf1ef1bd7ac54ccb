package verdict.terraform.azure.api_management_legacy_tls_test

import data.verdict.terraform.azure.api_management_legacy_tls as rule
import rego.v1

apim(security) := {"resource": {"azurerm_api_management": {"apim": [{"name": "apim", "sku_name": "Developer_1", "security": [security]}]}}}

test_legacy_protocol_fires_at_the_argument if {
	some r in rule.deny with input as apim({"frontend_tls10_enabled": true})
	r.path == ["resource", "azurerm_api_management", "apim", 0, "security", 0, "frontend_tls10_enabled"]
	r.resource == "azurerm_api_management.apim"
	contains(r.msg, "TLS 1.0 (frontend)")
	count(rule.deny) == 2 with input as apim({"enable_backend_ssl30": true, "backend_tls11_enabled": "true"})
}

test_disabled_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as apim({"frontend_tls10_enabled": false, "backend_tls11_enabled": false})
	count(rule.deny) == 0 with input as apim({})
	count(rule.deny) == 0 with input as apim({"frontend_tls11_enabled": "${var.tls11}"})
	count(rule.deny) == 0 with input as {"resource": {"azurerm_api_management": {"apim": [{"name": "apim"}]}}}
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_api_management.apim", "mode": "managed", "type": "azurerm_api_management", "name": "apim",
		"values": {"name": "apim", "security": [{"frontend_tls11_enabled": true, "frontend_tls10_enabled": false, "backend_ssl30_enabled": false}]},
	}]}}}
	[r] := [x | some x in rule.deny] with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "security", 0, "frontend_tls11_enabled"]
}
