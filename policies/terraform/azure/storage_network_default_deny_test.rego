package verdict.terraform.azure.storage_network_default_deny_test

import data.verdict.terraform.azure.storage_network_default_deny as rule
import rego.v1

account(body) := {"resource": {"azurerm_storage_account": {"data": [object.union({"name": "data", "account_tier": "Standard"}, body)]}}}

test_no_rules_fires_at_the_resource if {
	some r in rule.deny with input as account({})
	r.path == ["resource", "azurerm_storage_account", "data", 0]
	r.resource == "azurerm_storage_account.data"
}

test_allow_fires_at_the_default_action if {
	some r in rule.deny with input as account({"network_rules": [{"default_action": "Allow"}]})
	r.path == ["resource", "azurerm_storage_account", "data", 0, "network_rules", 0, "default_action"]
}

test_deny_private_or_unknown_passes if {
	count(rule.deny) == 0 with input as account({"network_rules": [{"default_action": "Deny", "bypass": ["AzureServices"]}]})
	count(rule.deny) == 0 with input as account({"public_network_access_enabled": false})
	count(rule.deny) == 0 with input as account({"public_network_access_enabled": "${var.public}"})
	count(rule.deny) == 0 with input as account({"network_rules": [{"default_action": "${var.action}"}]})
	count(rule.deny) == 0 with input as account({"dynamic": {"network_rules": [{"for_each": "${var.rules}"}]}})
}

separate(action) := {"resource": {
	"azurerm_storage_account": {"data": [{"name": "data"}]},
	"azurerm_storage_account_network_rules": {"data": [{"storage_account_id": "${azurerm_storage_account.data.id}", "default_action": action}]},
}}

test_separate_rules_resource if {
	count(rule.deny) == 0 with input as separate("Deny")
	[r] := [x | some x in rule.deny] with input as separate("Allow")
	r.path == ["resource", "azurerm_storage_account_network_rules", "data", 0, "default_action"]
	count(rule.deny) == 0 with input as separate("${var.action}")
}

test_separate_rules_for_another_account_do_not_count if {
	inp := {"resource": {
		"azurerm_storage_account": {"data": [{"name": "data"}]},
		"azurerm_storage_account_network_rules": {"logs": [{"storage_account_id": "${azurerm_storage_account.logs.id}", "default_action": "Deny"}]},
	}}
	count(rule.deny) == 1 with input as inp
}

plan(resources) := {"planned_values": {"root_module": {"resources": resources}}}

test_plan if {
	acct := {"address": "azurerm_storage_account.data", "mode": "managed", "type": "azurerm_storage_account", "name": "data", "values": {"name": "data", "public_network_access_enabled": true, "network_rules": [{"default_action": "Allow", "ip_rules": []}]}}
	some r in rule.deny with input as plan([acct])
	r.path == ["planned_values", "root_module", "resources", 0, "values", "network_rules", 0, "default_action"]
	empty := json.patch(acct, [{"op": "replace", "path": "/values/network_rules", "value": []}])
	some r2 in rule.deny with input as plan([empty])
	r2.path == ["planned_values", "root_module", "resources", 0, "values", "network_rules"]
	nr := {"address": "azurerm_storage_account_network_rules.data", "mode": "managed", "type": "azurerm_storage_account_network_rules", "name": "data", "values": {"default_action": "Deny"}}
	count(rule.deny) == 0 with input as plan([empty, nr])
}
