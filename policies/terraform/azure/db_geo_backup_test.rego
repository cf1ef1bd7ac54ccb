package verdict.terraform.azure.db_geo_backup_test

import data.verdict.terraform.azure.db_geo_backup as rule
import rego.v1

res(type, body) := {"resource": {type: {"db": [object.union({"name": "db", "sku_name": "GP_Standard_D2s_v3"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.db", [type]), "mode": "managed", "type": type, "name": "db", "values": object.union({"name": "db", "sku_name": "GP_Standard_D2s_v3"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.warn with input as res("azurerm_postgresql_flexible_server", {"geo_redundant_backup_enabled": false})
	r.path == ["resource", "azurerm_postgresql_flexible_server", "db", 0, "geo_redundant_backup_enabled"]
	r.resource == "azurerm_postgresql_flexible_server.db"
	count(rule.warn) == 1 with input as res("azurerm_postgresql_flexible_server", {"geo_redundant_backup_enabled": false})
}

test_every_resource_type_is_checked if {
	count(rule.warn) == 1 with input as res("azurerm_mysql_flexible_server", {"geo_redundant_backup_enabled": false})
}

test_absent_fires_at_the_resource if {
	some r in rule.warn with input as res("azurerm_postgresql_flexible_server", {})
	r.path == ["resource", "azurerm_postgresql_flexible_server", "db", 0]
}

test_compliant_absent_or_unknown_passes if {
	count(rule.warn) == 0 with input as res("azurerm_postgresql_flexible_server", {"geo_redundant_backup_enabled": true})
	count(rule.warn) == 0 with input as res("azurerm_postgresql_flexible_server", {"geo_redundant_backup_enabled": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.warn with input as plan("azurerm_postgresql_flexible_server", {"geo_redundant_backup_enabled": false})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "geo_redundant_backup_enabled"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_postgresql_flexible_server", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_postgresql_flexible_server.db", "mode": "managed", "type": "azurerm_postgresql_flexible_server", "name": "db", "expressions": {"geo_redundant_backup_enabled": {"references": ["var.setting"]}}}]}}})
	count(rule.warn) == 0 with input as inp
}
