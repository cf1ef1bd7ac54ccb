package verdict.terraform.azure.cognitive_local_auth_test

import data.verdict.terraform.azure.cognitive_local_auth as rule
import rego.v1

res(type, body) := {"resource": {type: {"openai": [object.union({"name": "openai", "kind": "OpenAI", "sku_name": "S0"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.openai", [type]), "mode": "managed", "type": type, "name": "openai", "values": object.union({"name": "openai", "kind": "OpenAI", "sku_name": "S0"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_cognitive_account", {"local_auth_enabled": true})
	r.path == ["resource", "azurerm_cognitive_account", "openai", 0, "local_auth_enabled"]
	r.resource == "azurerm_cognitive_account.openai"
	count(rule.deny) == 1 with input as res("azurerm_cognitive_account", {"local_auth_enabled": true})
}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as res("azurerm_cognitive_account", {})
	r.path == ["resource", "azurerm_cognitive_account", "openai", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_cognitive_account", {"local_auth_enabled": false})
	count(rule.deny) == 0 with input as res("azurerm_cognitive_account", {"local_auth_enabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_cognitive_account", {"local_auth_enabled": true})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "local_auth_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_cognitive_account", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_cognitive_account.openai", "mode": "managed", "type": "azurerm_cognitive_account", "name": "openai", "expressions": {"local_auth_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
