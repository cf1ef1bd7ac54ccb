package verdict.terraform.azure.redis_public_network_test

import data.verdict.terraform.azure.redis_public_network as rule
import rego.v1

res(type, body) := {"resource": {type: {"cache": [object.union({"name": "cache", "sku_name": "Standard"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.cache", [type]), "mode": "managed", "type": type, "name": "cache", "values": object.union({"name": "cache", "sku_name": "Standard"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_redis_cache", {"public_network_access_enabled": true})
	r.path == ["resource", "azurerm_redis_cache", "cache", 0, "public_network_access_enabled"]
	r.resource == "azurerm_redis_cache.cache"
	count(rule.deny) == 1 with input as res("azurerm_redis_cache", {"public_network_access_enabled": true})
}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as res("azurerm_redis_cache", {})
	r.path == ["resource", "azurerm_redis_cache", "cache", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_redis_cache", {"public_network_access_enabled": false})
	count(rule.deny) == 0 with input as res("azurerm_redis_cache", {"public_network_access_enabled": "${var.setting}"})
	count(rule.deny) == 0 with input as res("azurerm_redis_cache", {"subnet_id": "${azurerm_subnet.redis.id}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_redis_cache", {"public_network_access_enabled": true})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "public_network_access_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_redis_cache", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_redis_cache.cache", "mode": "managed", "type": "azurerm_redis_cache", "name": "cache", "expressions": {"public_network_access_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
