package verdict.terraform.azure.waf_policy_detection_mode_test

import data.verdict.terraform.azure.waf_policy_detection_mode as rule
import rego.v1

res(type, body) := {"resource": {type: {"waf": [object.union({"name": "waf", "managed_rules": [{}]}, body)]}}}

plan(type, values) := {"planned_values": {"root_module": {"resources": [{"address": sprintf("%s.waf", [type]), "mode": "managed", "type": type, "name": "waf", "values": object.union({"name": "waf", "managed_rules": [{}]}, values)}]}}}

test_set_wrongly_fires_at_the_argument if {
	some r in rule.deny with input as res("azurerm_web_application_firewall_policy", {"policy_settings": [{"mode": "Detection"}]})
	r.path == ["resource", "azurerm_web_application_firewall_policy", "waf", 0, "policy_settings", 0, "mode"]
	r.resource == "azurerm_web_application_firewall_policy.waf"
	count(rule.deny) == 1 with input as res("azurerm_web_application_firewall_policy", {"policy_settings": [{"mode": "Detection"}]})
}

test_compliant_absent_or_unknown_passes if {
	count(rule.deny) == 0 with input as res("azurerm_web_application_firewall_policy", {"policy_settings": [{"mode": "Prevention"}]})
	count(rule.deny) == 0 with input as res("azurerm_web_application_firewall_policy", {})
	count(rule.deny) == 0 with input as res("azurerm_web_application_firewall_policy", {"policy_settings": [{"mode": "${var.setting}"}]})
}

test_plan_fires if {
	some r in rule.deny with input as plan("azurerm_web_application_firewall_policy", {"policy_settings": [{"mode": "Detection"}]})
	r.path == ["planned_values", "root_module", "resources", 0, "values", "policy_settings", 0, "mode"]
}

test_plan_value_known_after_apply_passes if {
	inp := object.union(plan("azurerm_web_application_firewall_policy", {}), {"configuration": {"root_module": {"resources": [{"address": "azurerm_web_application_firewall_policy.waf", "mode": "managed", "type": "azurerm_web_application_firewall_policy", "name": "waf", "expressions": {"policy_settings": [{"mode": {"references": ["var.setting"]}}]}}]}}})
	count(rule.deny) == 0 with input as inp
}

test_front_door_policy if {
	some r in rule.deny with input as res("azurerm_cdn_frontdoor_firewall_policy", {"mode": "Detection", "sku_name": "Premium_AzureFrontDoor"})
	r.path == ["resource", "azurerm_cdn_frontdoor_firewall_policy", "waf", 0, "mode"]
	count(rule.deny) == 0 with input as res("azurerm_cdn_frontdoor_firewall_policy", {"mode": "Prevention"})
	count(rule.deny) == 0 with input as res("azurerm_cdn_frontdoor_firewall_policy", {"mode": "${var.mode}"})
}
