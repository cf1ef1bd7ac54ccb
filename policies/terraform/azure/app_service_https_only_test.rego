package verdict.terraform.azure.app_service_https_only_test

import data.verdict.terraform.azure.app_service_https_only as rule
import rego.v1

res(type, body) := {"resource": {type: {"api": [object.union({"name": "api", "service_plan_id": "${azurerm_service_plan.main.id}", "site_config": [{}]}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.api", [type]), "mode": "managed", "type": type, "name": "api", "values": object.union({"name": "api", "service_plan_id": "${azurerm_service_plan.main.id}", "site_config": [{}]}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_linux_web_app", {"https_only": false})
	r.path == ["resource", "azurerm_linux_web_app", "api", 0, "https_only"]
	r.resource == "azurerm_linux_web_app.api"
	count(rule.deny) == 1 with input as res("azurerm_linux_web_app", {"https_only": false})
}

test_every_resource_type_is_checked if {
	count(rule.deny) == 1 with input as res("azurerm_windows_web_app", {"https_only": false})
	count(rule.deny) == 1 with input as res("azurerm_linux_web_app_slot", {"https_only": false})
	count(rule.deny) == 1 with input as res("azurerm_windows_web_app_slot", {"https_only": false})
	count(rule.deny) == 1 with input as res("azurerm_linux_function_app", {"https_only": false})
	count(rule.deny) == 1 with input as res("azurerm_windows_function_app", {"https_only": false})
}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as res("azurerm_linux_web_app", {})
	r.path == ["resource", "azurerm_linux_web_app", "api", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_linux_web_app", {"https_only": true})
	count(rule.deny) == 0 with input as res("azurerm_linux_web_app", {"https_only": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_linux_web_app", {"https_only": false})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "https_only"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_linux_web_app", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_linux_web_app.api", "mode": "managed", "type": "azurerm_linux_web_app", "name": "api", "expressions": {"https_only": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
