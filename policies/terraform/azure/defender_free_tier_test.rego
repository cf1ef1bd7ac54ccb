package verdict.terraform.azure.defender_free_tier_test

import data.verdict.terraform.azure.defender_free_tier as rule
import rego.v1

pricing(tier) := {"resource": {"azurerm_security_center_subscription_pricing": {"sql": [{"tier": tier, "resource_type": "SqlServers"}]}}}

test_free_fires_at_the_tier if {
	some r in rule.deny with input as pricing("Free")
	r.path == ["resource", "azurerm_security_center_subscription_pricing", "sql", 0, "tier"]
	r.resource == "azurerm_security_center_subscription_pricing.sql"
	contains(r.msg, "SqlServers")
}

test_standard_or_unknown_passes if {
	count(rule.deny) == 0 with input as pricing("Standard")
	count(rule.deny) == 0 with input as pricing("${var.tier}")
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_security_center_subscription_pricing.vms", "mode": "managed", "type": "azurerm_security_center_subscription_pricing", "name": "vms",
		"values": {"tier": "Free", "resource_type": "VirtualMachines"},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "tier"]
}
