# METADATA
# title: Cosmos DB account reachable over its public endpoint
# description: >-
#   An `azurerm_cosmosdb_account` with `public_network_access_enabled` true (the
#   provider default) accepts requests on its public endpoint, limited at most
#   by its IP and virtual-network filters, instead of only through private
#   endpoints.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#public_network_access_enabled
#   - https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-configure-private-endpoints#block-public-network-access-during-account-creation
# custom:
#   id: VD-TF-AZ-013
#   severity: medium
#   remediation: >-
#     Set `public_network_access_enabled = false` and reach the account through
#     an `azurerm_private_endpoint`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["4.5.2"]
#     NIST-800-53: ["AC-4", "SC-7"]
#   example: |
#     resource "azurerm_cosmosdb_account" "db" {
#       name       = "db"
#       offer_type = "Standard"
#     }
package verdict.terraform.azure.cosmosdb_public_network

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("Cosmos DB account %s accepts requests on its public endpoint", [r.address]),
	"path": az.arg_path(r, ["public_network_access_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_cosmosdb_account"])
	v := az.value(r, ["public_network_access_enabled"], true)
	tc.is_true(v)
}
