package verdict.terraform.azure.nsg_admin_ports_test

import data.verdict.terraform.azure.nsg_admin_ports as rule
import rego.v1

ssh := {
	"name": "ssh",
	"priority": 100,
	"direction": "Inbound",
	"access": "Allow",
	"protocol": "Tcp",
	"source_port_range": "*",
	"destination_port_range": "22",
	"source_address_prefix": "*",
	"destination_address_prefix": "*",
}

standalone(body) := {"resource": {"azurerm_network_security_rule": {"ssh": [object.union(ssh, body)]}}}

group(rules) := {"resource": {"azurerm_network_security_group": {"web": [{"name": "web", "security_rule": rules}]}}}

test_standalone_rule_fires if {
	some r in rule.deny with input as standalone({})
	r.path == ["resource", "azurerm_network_security_rule", "ssh", 0, "source_address_prefix"]
	r.resource == "azurerm_network_security_rule.ssh"
}

test_internet_tags_and_cidrs_fire if {
	every source in ["Internet", "0.0.0.0/0", "Any", "*"] {
		count(rule.deny) == 1 with input as standalone({"source_address_prefix": source})
	}
}

test_inline_rule_with_port_list_fires if {
	rdp := object.union(ssh, {"name": "rdp", "destination_port_range": null, "destination_port_ranges": ["443", "3380-3400"], "protocol": "*"})
	https := object.union(ssh, {"name": "https", "destination_port_range": "443"})
	some r in rule.deny with input as group([https, rdp])
	r.path == ["resource", "azurerm_network_security_group", "web", 0, "security_rule", 1, "source_address_prefix"]
	contains(r.msg, "\"rdp\"")
	contains(r.msg, "3389")
	count(rule.deny) == 1 with input as group([https, rdp])
}

test_source_prefix_list_fires if {
	some r in rule.deny with input as standalone({"source_address_prefix": null, "source_address_prefixes": ["10.0.0.0/8", "0.0.0.0/0"]})
	r.path == ["resource", "azurerm_network_security_rule", "ssh", 0, "source_address_prefixes", 1]
}

test_all_ports_fires if {
	some r in rule.deny with input as standalone({"destination_port_range": "*"})
	contains(r.msg, "22, 3389")
}

test_restricted_denied_outbound_or_udp_pass if {
	count(rule.deny) == 0 with input as standalone({"source_address_prefix": "10.0.0.0/8"})
	count(rule.deny) == 0 with input as standalone({"source_address_prefix": "VirtualNetwork"})
	count(rule.deny) == 0 with input as standalone({"access": "Deny"})
	count(rule.deny) == 0 with input as standalone({"direction": "Outbound"})
	count(rule.deny) == 0 with input as standalone({"protocol": "Udp"})
	count(rule.deny) == 0 with input as standalone({"destination_port_range": "443"})
	count(rule.deny) == 0 with input as standalone({"source_address_prefix": "${var.admin_cidr}"})
	count(rule.deny) == 0 with input as standalone({"destination_port_range": "${var.port}"})
	count(rule.deny) == 0 with input as standalone({"destination_port_range": null, "destination_port_ranges": "${var.ports}"})
}

test_admin_ports_tunable if {
	count(rule.deny) == 0 with input as standalone({"destination_port_range": "5985-5986"})
	count(rule.deny) == 1 with input as standalone({"destination_port_range": "5985-5986"}) with data.verdict.config.admin_ports as [5986]
}

test_plan_inline_rules_fire if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "azurerm_network_security_group.web", "mode": "managed", "type": "azurerm_network_security_group", "name": "web",
		"values": {"name": "web", "security_rule": [object.union(ssh, {"source_address_prefix": "Internet", "source_address_prefixes": [], "destination_port_ranges": []})]},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "security_rule", 0, "source_address_prefix"]
}

test_dynamic_rules_are_not_evaluated if {
	hcl := {"resource": {"azurerm_network_security_group": {"web": [{"name": "web", "dynamic": {"security_rule": [{"for_each": "${var.rules}"}]}}]}}}
	count(rule.deny) == 0 with input as hcl
}
