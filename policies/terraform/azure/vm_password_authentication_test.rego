package verdict.terraform.azure.vm_password_authentication_test

import data.verdict.terraform.azure.vm_password_authentication as rule
import rego.v1

res(type, body) := {"resource": {type: {"vm": [object.union({"name": "vm", "size": "Standard_B2s", "admin_username": "azureuser"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.vm", [type]), "mode": "managed", "type": type, "name": "vm", "values": object.union({"name": "vm", "size": "Standard_B2s", "admin_username": "azureuser"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_linux_virtual_machine", {"disable_password_authentication": false})
	r.path == ["resource", "azurerm_linux_virtual_machine", "vm", 0, "disable_password_authentication"]
	r.resource == "azurerm_linux_virtual_machine.vm"
	count(rule.deny) == 1 with input as res("azurerm_linux_virtual_machine", {"disable_password_authentication": false})
}

test_every_resource_type_is_checked if {
	count(rule.deny) == 1 with input as res("azurerm_linux_virtual_machine_scale_set", {"disable_password_authentication": false})
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_linux_virtual_machine", {"disable_password_authentication": true})
	count(rule.deny) == 0 with input as res("azurerm_linux_virtual_machine", {})
	count(rule.deny) == 0 with input as res("azurerm_linux_virtual_machine", {"disable_password_authentication": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_linux_virtual_machine", {"disable_password_authentication": false})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "disable_password_authentication"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_linux_virtual_machine", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_linux_virtual_machine.vm", "mode": "managed", "type": "azurerm_linux_virtual_machine", "name": "vm", "expressions": {"disable_password_authentication": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}

test_legacy_virtual_machine if {
	some r in rule.deny with input as res("azurerm_virtual_machine", {"os_profile_linux_config": [{"disable_password_authentication": false}]})
	r.path == ["resource", "azurerm_virtual_machine", "vm", 0, "os_profile_linux_config", 0, "disable_password_authentication"]
	count(rule.deny) == 0 with input as res("azurerm_virtual_machine", {"os_profile_linux_config": [{"disable_password_authentication": true}]})
	count(rule.deny) == 0 with input as res("azurerm_virtual_machine", {"os_profile_windows_config": [{}]})
}
