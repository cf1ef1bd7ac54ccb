package verdict.terraform.azure.app_service_ftps_test

import data.verdict.terraform.azure.app_service_ftps as rule
import rego.v1

res(type, body) := {"resource": {type: {"api": [object.union({"name": "api", "service_plan_id": "${azurerm_service_plan.main.id}", "site_config": [{}]}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.api", [type]), "mode": "managed", "type": type, "name": "api", "values": object.union({"name": "api", "service_plan_id": "${azurerm_service_plan.main.id}", "site_config": [{}]}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_linux_web_app", {"site_config": [{"ftps_state": "AllAllowed"}]})
	r.path == ["resource", "azurerm_linux_web_app", "api", 0, "site_config", 0, "ftps_state"]
	r.resource == "azurerm_linux_web_app.api"
	count(rule.deny) == 1 with input as res("azurerm_linux_web_app", {"site_config": [{"ftps_state": "AllAllowed"}]})
}

test_every_resource_type_is_checked if {
	count(rule.deny) == 1 with input as res("azurerm_windows_web_app", {"site_config": [{"ftps_state": "AllAllowed"}]})
	count(rule.deny) == 1 with input as res("azurerm_linux_web_app_slot", {"site_config": [{"ftps_state": "AllAllowed"}]})
	count(rule.deny) == 1 with input as res("azurerm_windows_web_app_slot", {"site_config": [{"ftps_state": "AllAllowed"}]})
	count(rule.deny) == 1 with input as res("azurerm_linux_function_app", {"site_config": [{"ftps_state": "AllAllowed"}]})
	count(rule.deny) == 1 with input as res("azurerm_windows_function_app", {"site_config": [{"ftps_state": "AllAllowed"}]})
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_linux_web_app", {"site_config": [{"ftps_state": "Disabled"}]})
	count(rule.deny) == 0 with input as res("azurerm_linux_web_app", {"site_config": [{"ftps_state": "FtpsOnly"}]})
	count(rule.deny) == 0 with input as res("azurerm_linux_web_app", {})
	count(rule.deny) == 0 with input as res("azurerm_linux_web_app", {"site_config": [{"ftps_state": "${var.setting}"}]})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_linux_web_app", {"site_config": [{"ftps_state": "AllAllowed"}]})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "site_config", 0, "ftps_state"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_linux_web_app", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_linux_web_app.api", "mode": "managed", "type": "azurerm_linux_web_app", "name": "api", "expressions": {"site_config": [{"ftps_state": {"references": ["var.setting"]}}]}}]}}})
	count(rule.deny) == 0 with input as inp
}
