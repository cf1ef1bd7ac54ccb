package verdict.terraform.azure.key_vault_rbac_test

import data.verdict.terraform.azure.key_vault_rbac as rule
import rego.v1

res(type, body) := {"resource": {type: {"main": [object.union({"name": "main-kv", "sku_name": "standard"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.main", [type]), "mode": "managed", "type": type, "name": "main", "values": object.union({"name": "main-kv", "sku_name": "standard"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.warn with input as res("azurerm_key_vault", {"rbac_authorization_enabled": false})
	r.path == ["resource", "azurerm_key_vault", "main", 0, "rbac_authorization_enabled"]
	r.resource == "azurerm_key_vault.main"
	count(rule.warn) == 1 with input as res("azurerm_key_vault", {"rbac_authorization_enabled": false})
}

test_absent_fires_at_the_resource if {
	some r in rule.warn with input as res("azurerm_key_vault", {})
	r.path == ["resource", "azurerm_key_vault", "main", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.warn) == 0 with input as res("azurerm_key_vault", {"rbac_authorization_enabled": true})
	count(rule.warn) == 0 with input as res("azurerm_key_vault", {"rbac_authorization_enabled": "${var.setting}"})
	count(rule.warn) == 0 with input as res("azurerm_key_vault", {"enable_rbac_authorization": true})
	count(rule.warn) == 0 with input as res("azurerm_key_vault", {"enable_rbac_authorization": "${var.rbac}"})
}

test_plan_fires if {
	some r in rule.warn with input as plan("azurerm_key_vault", {"rbac_authorization_enabled": false})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "rbac_authorization_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_key_vault", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_key_vault.main", "mode": "managed", "type": "azurerm_key_vault", "name": "main", "expressions": {"rbac_authorization_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.warn) == 0 with input as inp
}

test_legacy_name_fires if {
	some r in rule.warn with input as res("azurerm_key_vault", {"enable_rbac_authorization": false})
	r.path == ["resource", "azurerm_key_vault", "main", 0, "enable_rbac_authorization"]
}
