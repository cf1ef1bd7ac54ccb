# METADATA
# title: Network security group allows SSH/RDP from the Internet
# description: >-
#   An inbound `Allow` rule (an `azurerm_network_security_rule`, or a
#   `security_rule` block of an `azurerm_network_security_group`) for TCP or
#   any protocol whose source is the Internet (`*`, `0.0.0.0/0`, `Internet`,
#   `Any`) and whose destination ports cover an admin port exposes SSH/RDP to
#   brute force from anywhere. The ports are `data.verdict.config.admin_ports`
#   (default [22, 3389]).
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule
#   - https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview
#   - https://learn.microsoft.com/en-us/azure/bastion/bastion-overview
# custom:
#   id: VD-TF-AZ-004
#   severity: high
#   remediation: >-
#     Set `source_address_prefix` (or `source_address_prefixes`) of the rule to
#     your admin network's CIDR instead of `*`/`Internet`, or remove the rule
#     and reach VMs through Azure Bastion or just-in-time VM access.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["6.1", "6.2"]
#     NIST-800-53: ["AC-4", "SC-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     resource "azurerm_network_security_rule" "ssh" {
#       name                        = "ssh"
#       direction                   = "Inbound"
#       access                      = "Allow"
#       protocol                    = "Tcp"
#       source_address_prefix       = "*"
#       source_port_range           = "*"
#       destination_address_prefix  = "*"
#       destination_port_range      = "22"
#       priority                    = 100
#       resource_group_name         = "rg"
#       network_security_group_name = "nsg"
#     }
package verdict.terraform.azure.nsg_admin_ports

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

# Each rule with its name, the resource it belongs to and its path.
rules contains {"rule": r.config, "name": r.address, "resource": r.address, "path": r.path} if {
	some r in tf.of_type("azurerm_network_security_rule")
}

rules contains {"rule": rule, "name": sprintf("%s rule %q", [r.address, name]), "resource": r.address, "path": tf.attr_path(r, ["security_rule", i])} if {
	some r in tf.of_type("azurerm_network_security_group")
	some i, rule in tc.blocks(r.config, "security_rule")
	name := object.get(rule, "name", sprintf("%d", [i]))
}

internet := {"*", "0.0.0.0", "0.0.0.0/0", "::/0", "internet", "any"}

deny contains {
	"msg": sprintf("%s allows port(s) %s from the Internet (%s)", [x.name, concat(", ", ports), source]),
	"path": array.concat(x.path, field),
	"resource": x.resource,
} if {
	some x in rules
	lower(x.rule.direction) == "inbound"
	lower(x.rule.access) == "allow"
	lower(x.rule.protocol) in {"tcp", "*"}
	some [field, source] in sources(x.rule)
	lower(source) in internet
	ports := [sprintf("%d", [p]) | some p in tc.admin_ports; some spec in destination_ports(x.rule); tc.port_covered(spec, p)]
	count(ports) > 0
}

# Each source prefix with the path to it. (Plans hold both attributes, the
# unused one "" or [].)
sources(rule) := {[["source_address_prefix"], rule.source_address_prefix] | is_string(rule.source_address_prefix)} | {[["source_address_prefixes", j], p] |
	is_array(rule.source_address_prefixes)
	some j, p in rule.source_address_prefixes
	is_string(p)
}

destination_ports(rule) := {p | is_string(rule.destination_port_range); p := rule.destination_port_range} | {p |
	is_array(rule.destination_port_ranges)
	some p in rule.destination_port_ranges
}
