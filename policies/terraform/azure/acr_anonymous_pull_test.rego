package verdict.terraform.azure.acr_anonymous_pull_test

import data.verdict.terraform.azure.acr_anonymous_pull as rule
import rego.v1

res(type, body) := {"resource": {type: {"acr": [object.union({"name": "acr", "sku": "Premium"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.acr", [type]), "mode": "managed", "type": type, "name": "acr", "values": object.union({"name": "acr", "sku": "Premium"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_container_registry", {"anonymous_pull_enabled": true})
	r.path == ["resource", "azurerm_container_registry", "acr", 0, "anonymous_pull_enabled"]
	r.resource == "azurerm_container_registry.acr"
	count(rule.deny) == 1 with input as res("azurerm_container_registry", {"anonymous_pull_enabled": true})
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_container_registry", {"anonymous_pull_enabled": false})
	count(rule.deny) == 0 with input as res("azurerm_container_registry", {})
	count(rule.deny) == 0 with input as res("azurerm_container_registry", {"anonymous_pull_enabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_container_registry", {"anonymous_pull_enabled": true})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "anonymous_pull_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_container_registry", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_container_registry.acr", "mode": "managed", "type": "azurerm_container_registry", "name": "acr", "expressions": {"anonymous_pull_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
