package verdict.terraform.azure.role_definition_wildcard_test

import data.verdict.terraform.azure.role_definition_wildcard as rule
import rego.v1

role(scope, actions) := {"resource": {"azurerm_role_definition": {"ops": [{
	"name": "ops-admin",
	"scope": scope,
	"permissions": [{"actions": actions, "not_actions": []}],
	"assignable_scopes": [scope],
}]}}}

test_wildcard_at_subscription_fires_at_the_action if {
	some r in rule.deny with input as role("${data.azurerm_subscription.primary.id}", ["Microsoft.Resources/*", "*"])
	r.path == ["resource", "azurerm_role_definition", "ops", 0, "permissions", 0, "actions", 1]
	r.resource == "azurerm_role_definition.ops"
	every scope in ["/", "/subscriptions/00000000-0000-0000-0000-000000000000", "/providers/Microsoft.Management/managementGroups/root"] {
		count(rule.deny) == 1 with input as role(scope, ["*"])
	}
}

test_narrow_actions_scopes_or_unknown_pass if {
	count(rule.deny) == 0 with input as role("/subscriptions/0000/resourceGroups/ops", ["*"])
	count(rule.deny) == 0 with input as role("${azurerm_resource_group.ops.id}", ["*"])
	count(rule.deny) == 0 with input as role("${var.scope}", ["*"])
	count(rule.deny) == 0 with input as role("/subscriptions/0000", ["Microsoft.Compute/virtualMachines/start/action"])
	count(rule.deny) == 0 with input as role("/subscriptions/0000", "${var.actions}")
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_role_definition.ops", "mode": "managed", "type": "azurerm_role_definition", "name": "ops",
		"values": {"name": "ops-admin", "scope": "/subscriptions/0000", "assignable_scopes": ["/subscriptions/0000"], "permissions": [{"actions": ["*"], "not_actions": [], "data_actions": []}]},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "permissions", 0, "actions", 0]
}
