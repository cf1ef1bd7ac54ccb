package verdict.terraform.azure.key_vault_network_acl_test

import data.verdict.terraform.azure.key_vault_network_acl as rule
import rego.v1

vault(body) := {"resource": {"azurerm_key_vault": {"main": [object.union({"name": "main-kv", "sku_name": "standard"}, body)]}}}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as vault({})
	r.path == ["resource", "azurerm_key_vault", "main", 0]
	r.resource == "azurerm_key_vault.main"
}

test_allow_fires_at_the_default_action if {
	some r in rule.deny with input as vault({"network_acls": [{"default_action": "Allow", "bypass": "AzureServices"}]})
	r.path == ["resource", "azurerm_key_vault", "main", 0, "network_acls", 0, "default_action"]
}

test_deny_private_or_unknown_passes if {
	count(rule.deny) == 0 with input as vault({"network_acls": [{"default_action": "Deny", "bypass": "AzureServices"}]})
	count(rule.deny) == 0 with input as vault({"public_network_access_enabled": false})
	count(rule.deny) == 0 with input as vault({"network_acls": [{"default_action": "${var.action}", "bypass": "None"}]})
	count(rule.deny) == 0 with input as vault({"dynamic": {"network_acls": [{"for_each": "${var.acls}"}]}})
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_key_vault.main", "mode": "managed", "type": "azurerm_key_vault", "name": "main",
		"values": {"name": "main-kv", "public_network_access_enabled": true, "network_acls": [{"default_action": "Allow", "bypass": "AzureServices"}]},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "network_acls", 0, "default_action"]
}
