package verdict.terraform.azure.app_service_client_certs_test

import data.verdict.terraform.azure.app_service_client_certs as rule
import rego.v1

res(type, body) := {"resource": {type: {"api": [object.union({"name": "api", "service_plan_id": "${azurerm_service_plan.main.id}", "site_config": [{}]}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.api", [type]), "mode": "managed", "type": type, "name": "api", "values": object.union({"name": "api", "service_plan_id": "${azurerm_service_plan.main.id}", "site_config": [{}]}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.warn with input as res("azurerm_linux_web_app", {"client_certificate_enabled": false})
	r.path == ["resource", "azurerm_linux_web_app", "api", 0, "client_certificate_enabled"]
	r.resource == "azurerm_linux_web_app.api"
	count(rule.warn) == 1 with input as res("azurerm_linux_web_app", {"client_certificate_enabled": false})
}

test_every_resource_type_is_checked if {
	count(rule.warn) == 1 with input as res("azurerm_windows_web_app", {"client_certificate_enabled": false})
	count(rule.warn) == 1 with input as res("azurerm_linux_web_app_slot", {"client_certificate_enabled": false})
	count(rule.warn) == 1 with input as res("azurerm_windows_web_app_slot", {"client_certificate_enabled": false})
	count(rule.warn) == 1 with input as res("azurerm_linux_function_app", {"client_certificate_enabled": false})
	count(rule.warn) == 1 with input as res("azurerm_windows_function_app", {"client_certificate_enabled": false})
}

test_absent_fires_at_the_resource if {
	some r in rule.warn with input as res("azurerm_linux_web_app", {})
	r.path == ["resource", "azurerm_linux_web_app", "api", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.warn) == 0 with input as res("azurerm_linux_web_app", {"client_certificate_enabled": true})
	count(rule.warn) == 0 with input as res("azurerm_linux_web_app", {"client_certificate_enabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.warn with input as plan("azurerm_linux_web_app", {"client_certificate_enabled": false})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "client_certificate_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_linux_web_app", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_linux_web_app.api", "mode": "managed", "type": "azurerm_linux_web_app", "name": "api", "expressions": {"client_certificate_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.warn) == 0 with input as inp
}
