package verdict.terraform.azure.nsg_udp_internet_test

import data.verdict.terraform.azure.nsg_udp_internet as rule
import rego.v1

dns := {
	"name": "dns",
	"priority": 100,
	"direction": "Inbound",
	"access": "Allow",
	"protocol": "Udp",
	"source_port_range": "*",
	"destination_port_range": "53",
	"source_address_prefix": "*",
	"destination_address_prefix": "*",
}

standalone(body) := {"resource": {"azurerm_network_security_rule": {"dns": [object.union(dns, body)]}}}

test_standalone_rule_fires_at_the_source if {
	some r in rule.deny with input as standalone({})
	r.path == ["resource", "azurerm_network_security_rule", "dns", 0, "source_address_prefix"]
	r.resource == "azurerm_network_security_rule.dns"
	count(rule.deny) == 1 with input as standalone({"source_address_prefix": "Internet"})
}

test_inline_rule_fires if {
	inp := {"resource": {"azurerm_network_security_group": {"edge": [{"name": "edge", "security_rule": [object.union(dns, {"source_address_prefix": null, "source_address_prefixes": ["0.0.0.0/0"]})]}]}}}
	some r in rule.deny with input as inp
	r.path == ["resource", "azurerm_network_security_group", "edge", 0, "security_rule", 0, "source_address_prefixes", 0]
}

test_restricted_tcp_any_denied_or_unknown_passes if {
	count(rule.deny) == 0 with input as standalone({"source_address_prefix": "10.0.0.0/8"})
	count(rule.deny) == 0 with input as standalone({"protocol": "Tcp"})
	count(rule.deny) == 0 with input as standalone({"protocol": "*"})
	count(rule.deny) == 0 with input as standalone({"access": "Deny"})
	count(rule.deny) == 0 with input as standalone({"direction": "Outbound"})
	count(rule.deny) == 0 with input as standalone({"source_address_prefix": "${var.cidr}"})
	count(rule.deny) == 0 with input as standalone({"protocol": "${var.protocol}"})
}

test_plan if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_network_security_rule.dns", "mode": "managed", "type": "azurerm_network_security_rule", "name": "dns",
		"values": object.union(dns, {"source_address_prefixes": [], "destination_port_ranges": []}),
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "source_address_prefix"]
}
