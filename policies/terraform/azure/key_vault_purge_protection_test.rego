package verdict.terraform.azure.key_vault_purge_protection_test

import data.verdict.terraform.azure.key_vault_purge_protection as rule
import rego.v1

vault(body) := {"resource": {"azurerm_key_vault": {"main": [object.union({"name": "main-kv", "sku_name": "standard", "tenant_id": "${data.azurerm_client_config.current.tenant_id}"}, body)]}}}

test_absent_fires if {
	some r in rule.deny with input as vault({})
	r.path == ["resource", "azurerm_key_vault", "main", 0]
	r.resource == "azurerm_key_vault.main"
}

test_false_fires if {
	some r in rule.deny with input as vault({"purge_protection_enabled": false})
	r.path == ["resource", "azurerm_key_vault", "main", 0, "purge_protection_enabled"]
}

test_enabled_or_unknown_passes if {
	count(rule.deny) == 0 with input as vault({"purge_protection_enabled": true})
	count(rule.deny) == 0 with input as vault({"purge_protection_enabled": "${var.purge_protection}"})
}
