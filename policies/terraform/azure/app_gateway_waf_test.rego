package verdict.terraform.azure.app_gateway_waf_test

import data.verdict.terraform.azure.app_gateway_waf as rule
import rego.v1

gw(tier, body) := {"resource": {"azurerm_application_gateway": {"edge": [object.union({"name": "edge", "sku": [{"name": tier, "tier": tier, "capacity": 2}]}, body)]}}}

test_standard_tier_fires_at_the_tier if {
	some r in rule.deny with input as gw("Standard_v2", {})
	r.path == ["resource", "azurerm_application_gateway", "edge", 0, "sku", 0, "tier"]
	r.resource == "azurerm_application_gateway.edge"
	count(rule.deny) == 1 with input as gw("Standard", {})
}

test_disabled_waf_fires_at_the_setting if {
	some r in rule.deny with input as gw("WAF_v2", {"waf_configuration": [{"enabled": false, "firewall_mode": "Prevention"}]})
	r.path == ["resource", "azurerm_application_gateway", "edge", 0, "waf_configuration", 0, "enabled"]
}

test_waf_policy_or_unknown_passes if {
	count(rule.deny) == 0 with input as gw("WAF_v2", {"firewall_policy_id": "${azurerm_web_application_firewall_policy.waf.id}"})
	count(rule.deny) == 0 with input as gw("WAF_v2", {"waf_configuration": [{"enabled": true, "firewall_mode": "Prevention"}]})
	count(rule.deny) == 0 with input as gw("WAF_v2", {"waf_configuration": [{"enabled": false}], "firewall_policy_id": "${azurerm_web_application_firewall_policy.waf.id}"})
	count(rule.deny) == 0 with input as gw("${var.tier}", {})
	count(rule.deny) == 0 with input as gw("WAF_v2", {"waf_configuration": [{"enabled": "${var.waf}"}]})
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_application_gateway.edge", "mode": "managed", "type": "azurerm_application_gateway", "name": "edge",
		"values": {"name": "edge", "sku": [{"name": "Standard_v2", "tier": "Standard_v2", "capacity": 2}], "waf_configuration": [], "firewall_policy_id": null},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "sku", 0, "tier"]
}
