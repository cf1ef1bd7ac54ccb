# METADATA
# title: PostgreSQL flexible server reachable over its public endpoint
# description: >-
#   An `azurerm_postgresql_flexible_server` with `public_network_access_enabled`
#   true (the provider default) and no `delegated_subnet_id` accepts connections
#   on its public endpoint from every address its firewall rules allow. Servers
#   injected in a virtual network are not reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server#public_network_access_enabled
#   - https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-networking-public
# custom:
#   id: VD-TF-AZ-036
#   severity: medium
#   remediation: >-
#     Set `public_network_access_enabled = false` and connect through a private
#     endpoint, or deploy the server into a delegated subnet
#     (`delegated_subnet_id` with `private_dns_zone_id`).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-4", "SC-7"]
#     PCI-DSS-4.0: ["1.4.1"]
#   example: |
#     resource "azurerm_postgresql_flexible_server" "db" {
#       name     = "db"
#       version  = "16"
#       sku_name = "GP_Standard_D2s_v3"
#     }
package verdict.terraform.azure.postgres_public_network

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("PostgreSQL flexible server %s accepts connections on its public endpoint", [r.address]),
	"path": az.arg_path(r, ["public_network_access_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_postgresql_flexible_server"])
	v := az.value(r, ["public_network_access_enabled"], true)
	az.value(r, ["delegated_subnet_id"], "") == ""
	tc.is_true(v)
}
