# METADATA
# title: SQL server reachable over its public endpoint
# description: >-
#   An `azurerm_mssql_server` with `public_network_access_enabled` true (the
#   provider default) accepts connections on its public endpoint from every
#   address its firewall rules allow, instead of only through private endpoints.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#public_network_access_enabled
#   - https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#deny-public-network-access
# custom:
#   id: VD-TF-AZ-009
#   severity: medium
#   remediation: >-
#     Set `public_network_access_enabled = false` on the server and connect
#     through an `azurerm_private_endpoint`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-4", "SC-7"]
#     PCI-DSS-4.0: ["1.4.1"]
#   example: |
#     resource "azurerm_mssql_server" "sql" {
#       name                         = "sql"
#       version                      = "12.0"
#       public_network_access_enabled = true
#     }
package verdict.terraform.azure.mssql_public_network

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("SQL server %s accepts connections on its public endpoint", [r.address]),
	"path": az.arg_path(r, ["public_network_access_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_mssql_server"])
	v := az.value(r, ["public_network_access_enabled"], true)
	tc.is_true(v)
}
