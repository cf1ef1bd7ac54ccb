package verdict.terraform.azure.messaging_public_network_test

import data.verdict.terraform.azure.messaging_public_network as rule
import rego.v1

ns(type, body) := {"resource": {type: {"events": [object.union({"name": "events", "sku": "Standard"}, body)]}}}

test_open_namespace_fires if {
	some r in rule.deny with input as ns("azurerm_eventhub_namespace", {})
	r.path == ["resource", "azurerm_eventhub_namespace", "events", 0]
	r.resource == "azurerm_eventhub_namespace.events"
	some r2 in rule.deny with input as ns("azurerm_servicebus_namespace", {"sku": "Premium", "public_network_access_enabled": true})
	r2.path == ["resource", "azurerm_servicebus_namespace", "events", 0, "public_network_access_enabled"]
	count(rule.deny) == 1 with input as ns("azurerm_eventhub_namespace", {"network_rulesets": [{"default_action": "Allow"}]})
}

test_private_denied_basic_or_unknown_passes if {
	count(rule.deny) == 0 with input as ns("azurerm_eventhub_namespace", {"public_network_access_enabled": false})
	count(rule.deny) == 0 with input as ns("azurerm_eventhub_namespace", {"network_rulesets": [{"default_action": "Deny"}]})
	count(rule.deny) == 0 with input as ns("azurerm_servicebus_namespace", {"sku": "Premium", "network_rule_set": [{"default_action": "Deny"}]})
	count(rule.deny) == 0 with input as ns("azurerm_eventhub_namespace", {"sku": "Basic"})
	count(rule.deny) == 0 with input as ns("azurerm_servicebus_namespace", {})
	count(rule.deny) == 0 with input as ns("azurerm_eventhub_namespace", {"sku": "${var.sku}"})
	count(rule.deny) == 0 with input as ns("azurerm_eventhub_namespace", {"public_network_access_enabled": "${var.public}"})
	count(rule.deny) == 0 with input as ns("azurerm_eventhub_namespace", {"dynamic": {"network_rulesets": [{"for_each": "${var.r}"}]}})
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_eventhub_namespace.events", "mode": "managed", "type": "azurerm_eventhub_namespace", "name": "events",
		"values": {"name": "events", "sku": "Standard", "public_network_access_enabled": true, "network_rulesets": [{"default_action": "Allow", "ip_rule": []}]},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "public_network_access_enabled"]
}
