package verdict.terraform.azure.redis_non_ssl_port_test

import data.verdict.terraform.azure.redis_non_ssl_port as rule
import rego.v1

res(type, body) := {"resource": {type: {"cache": [object.union({"name": "cache", "sku_name": "Standard"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.cache", [type]), "mode": "managed", "type": type, "name": "cache", "values": object.union({"name": "cache", "sku_name": "Standard"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_redis_cache", {"non_ssl_port_enabled": true})
	r.path == ["resource", "azurerm_redis_cache", "cache", 0, "non_ssl_port_enabled"]
	r.resource == "azurerm_redis_cache.cache"
	count(rule.deny) == 1 with input as res("azurerm_redis_cache", {"non_ssl_port_enabled": true})
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_redis_cache", {"non_ssl_port_enabled": false})
	count(rule.deny) == 0 with input as res("azurerm_redis_cache", {})
	count(rule.deny) == 0 with input as res("azurerm_redis_cache", {"non_ssl_port_enabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_redis_cache", {"non_ssl_port_enabled": true})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "non_ssl_port_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_redis_cache", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_redis_cache.cache", "mode": "managed", "type": "azurerm_redis_cache", "name": "cache", "expressions": {"non_ssl_port_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}

test_legacy_name_fires if {
	some r in rule.deny with input as res("azurerm_redis_cache", {"enable_non_ssl_port": true})
	r.path == ["resource", "azurerm_redis_cache", "cache", 0, "enable_non_ssl_port"]
	count(rule.deny) == 0 with input as res("azurerm_redis_cache", {"enable_non_ssl_port": false})
}
