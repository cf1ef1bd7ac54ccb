package verdict.terraform.azure.key_vault_expiration_test

import data.verdict.terraform.azure.key_vault_expiration as rule
import rego.v1

res(type, body) := {"resource": {type: {"db": [object.union({"name": "db", "key_vault_id": "${azurerm_key_vault.main.id}"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.db", [type]), "mode": "managed", "type": type, "name": "db", "values": object.union({"name": "db", "key_vault_id": "${azurerm_key_vault.main.id}"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_key_vault_secret", {"expiration_date": ""})
	r.path == ["resource", "azurerm_key_vault_secret", "db", 0, "expiration_date"]
	r.resource == "azurerm_key_vault_secret.db"
	count(rule.deny) == 1 with input as res("azurerm_key_vault_secret", {"expiration_date": ""})
}

test_every_resource_type_is_checked if {
	count(rule.deny) == 1 with input as res("azurerm_key_vault_key", {"expiration_date": ""})
}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as res("azurerm_key_vault_secret", {})
	r.path == ["resource", "azurerm_key_vault_secret", "db", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_key_vault_secret", {"expiration_date": "2027-12-31T00:00:00Z"})
	count(rule.deny) == 0 with input as res("azurerm_key_vault_secret", {"expiration_date": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_key_vault_secret", {"expiration_date": ""})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "expiration_date"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_key_vault_secret", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_key_vault_secret.db", "mode": "managed", "type": "azurerm_key_vault_secret", "name": "db", "expressions": {"expiration_date": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
