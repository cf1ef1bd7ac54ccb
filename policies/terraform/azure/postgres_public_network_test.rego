package verdict.terraform.azure.postgres_public_network_test

import data.verdict.terraform.azure.postgres_public_network as rule
import rego.v1

res(type, body) := {"resource": {type: {"db": [object.union({"name": "db", "sku_name": "GP_Standard_D2s_v3"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.db", [type]), "mode": "managed", "type": type, "name": "db", "values": object.union({"name": "db", "sku_name": "GP_Standard_D2s_v3"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_postgresql_flexible_server", {"public_network_access_enabled": true})
	r.path == ["resource", "azurerm_postgresql_flexible_server", "db", 0, "public_network_access_enabled"]
	r.resource == "azurerm_postgresql_flexible_server.db"
	count(rule.deny) == 1 with input as res("azurerm_postgresql_flexible_server", {"public_network_access_enabled": true})
}

test_absent_fires_at_the_resource if {
	some r in rule.deny with input as res("azurerm_postgresql_flexible_server", {})
	r.path == ["resource", "azurerm_postgresql_flexible_server", "db", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_postgresql_flexible_server", {"public_network_access_enabled": false})
	count(rule.deny) == 0 with input as res("azurerm_postgresql_flexible_server", {"public_network_access_enabled": "${var.setting}"})
	count(rule.deny) == 0 with input as res("azurerm_postgresql_flexible_server", {"delegated_subnet_id": "${azurerm_subnet.db.id}"})
	count(rule.deny) == 0 with input as res("azurerm_postgresql_flexible_server", {"delegated_subnet_id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/db"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_postgresql_flexible_server", {"public_network_access_enabled": true})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "public_network_access_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_postgresql_flexible_server", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_postgresql_flexible_server.db", "mode": "managed", "type": "azurerm_postgresql_flexible_server", "name": "db", "expressions": {"public_network_access_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
