# METADATA
# title: Network security group allows UDP from the Internet
# description: >-
#   An inbound `Allow` rule for UDP (an `azurerm_network_security_rule`, or a
#   `security_rule` block of an `azurerm_network_security_group`) whose source
#   is the Internet (`*`, `0.0.0.0/0`, `Internet`, `Any`) exposes UDP services
#   (DNS, NTP, SSDP, CLDAP, …) that are abused for reflection and
#   amplification attacks. Rules for protocol `*` are left to the admin-port
#   rule (VD-TF-AZ-004), since web front ends open them.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule
#   - https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview
#   - https://learn.microsoft.com/en-us/azure/ddos-protection/ddos-protection-overview
# custom:
#   id: VD-TF-AZ-049
#   severity: medium
#   remediation: >-
#     Restrict `source_address_prefix(es)` of the rule to the networks that use
#     the service, or put the service behind a load balancer or Azure Firewall
#     with DDoS protection.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-4", "SC-7", "SC-5"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     resource "azurerm_network_security_rule" "dns" {
#       name                        = "dns"
#       direction                   = "Inbound"
#       access                      = "Allow"
#       protocol                    = "Udp"
#       source_address_prefix       = "*"
#       source_port_range           = "*"
#       destination_address_prefix  = "*"
#       destination_port_range      = "53"
#       priority                    = 100
#       resource_group_name         = "rg"
#       network_security_group_name = "nsg"
#     }
package verdict.terraform.azure.nsg_udp_internet

# The rules and their sources are read as the admin-port rule reads them.
import data.verdict.terraform.azure.nsg_admin_ports as nsg
import rego.v1

deny contains {
	"msg": sprintf("%s allows UDP from the Internet (%s)", [x.name, source]),
	"path": array.concat(x.path, field),
	"resource": x.resource,
} if {
	some x in nsg.rules
	lower(x.rule.direction) == "inbound"
	lower(x.rule.access) == "allow"
	lower(x.rule.protocol) == "udp"
	some [field, source] in nsg.sources(x.rule)
	lower(source) in nsg.internet
}
