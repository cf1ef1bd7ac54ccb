package verdict.terraform.azure.vm_encryption_at_host_test

import data.verdict.terraform.azure.vm_encryption_at_host as rule
import rego.v1

res(type, body) := {"resource": {type: {"vm": [object.union({"name": "vm", "size": "Standard_D2s_v5"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.vm", [type]), "mode": "managed", "type": type, "name": "vm", "values": object.union({"name": "vm", "size": "Standard_D2s_v5"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.warn with input as res("azurerm_linux_virtual_machine", {"encryption_at_host_enabled": false})
	r.path == ["resource", "azurerm_linux_virtual_machine", "vm", 0, "encryption_at_host_enabled"]
	r.resource == "azurerm_linux_virtual_machine.vm"
	count(rule.warn) == 1 with input as res("azurerm_linux_virtual_machine", {"encryption_at_host_enabled": false})
}

test_every_resource_type_is_checked if {
	count(rule.warn) == 1 with input as res("azurerm_windows_virtual_machine", {"encryption_at_host_enabled": false})
	count(rule.warn) == 1 with input as res("azurerm_linux_virtual_machine_scale_set", {"encryption_at_host_enabled": false})
	count(rule.warn) == 1 with input as res("azurerm_windows_virtual_machine_scale_set", {"encryption_at_host_enabled": false})
}

test_absent_fires_at_the_resource if {
	some r in rule.warn with input as res("azurerm_linux_virtual_machine", {})
	r.path == ["resource", "azurerm_linux_virtual_machine", "vm", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.warn) == 0 with input as res("azurerm_linux_virtual_machine", {"encryption_at_host_enabled": true})
	count(rule.warn) == 0 with input as res("azurerm_linux_virtual_machine", {"encryption_at_host_enabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.warn with input as plan("azurerm_linux_virtual_machine", {"encryption_at_host_enabled": false})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "encryption_at_host_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_linux_virtual_machine", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_linux_virtual_machine.vm", "mode": "managed", "type": "azurerm_linux_virtual_machine", "name": "vm", "expressions": {"encryption_at_host_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.warn) == 0 with input as inp
}
