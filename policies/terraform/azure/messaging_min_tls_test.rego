package verdict.terraform.azure.messaging_min_tls_test

import data.verdict.terraform.azure.messaging_min_tls as rule
import rego.v1

res(type, body) := {"resource": {type: {"bus": [object.union({"name": "bus", "sku": "Standard"}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.bus", [type]), "mode": "managed", "type": type, "name": "bus", "values": object.union({"name": "bus", "sku": "Standard"}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_eventhub_namespace", {"minimum_tls_version": "1.0"})
	r.path == ["resource", "azurerm_eventhub_namespace", "bus", 0, "minimum_tls_version"]
	r.resource == "azurerm_eventhub_namespace.bus"
	count(rule.deny) == 1 with input as res("azurerm_eventhub_namespace", {"minimum_tls_version": "1.0"})
}

test_other_wrong_values_fire if {
	count(rule.deny) == 1 with input as res("azurerm_eventhub_namespace", {"minimum_tls_version": "1.1"})
}

test_every_resource_type_is_checked if {
	count(rule.deny) == 1 with input as res("azurerm_servicebus_namespace", {"minimum_tls_version": "1.0"})
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_eventhub_namespace", {"minimum_tls_version": "1.2"})
	count(rule.deny) == 0 with input as res("azurerm_eventhub_namespace", {})
	count(rule.deny) == 0 with input as res("azurerm_eventhub_namespace", {"minimum_tls_version": "${var.setting}"})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_eventhub_namespace", {"minimum_tls_version": "1.0"})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "minimum_tls_version"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_eventhub_namespace", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_eventhub_namespace.bus", "mode": "managed", "type": "azurerm_eventhub_namespace", "name": "bus", "expressions": {"minimum_tls_version": {"references": ["var.setting"]}}}]}}})
	count(rule.deny) == 0 with input as inp
}
