# METADATA
# title: Cosmos DB account accepts key-based authentication
# description: >-
#   An `azurerm_cosmosdb_account` without `local_authentication_disabled = true`
#   accepts its primary and secondary keys, long-lived secrets with full data-
#   plane access, besides Entra ID identities. The provider default is false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#local_authentication_disabled
#   - https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-setup-rbac#disable-local-auth
# custom:
#   id: VD-TF-AZ-014
#   severity: medium
#   remediation: >-
#     Set `local_authentication_disabled = true` and grant data-plane access
#     with `azurerm_cosmosdb_sql_role_assignment`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["4.5.3"]
#     NIST-800-53: ["IA-2", "AC-3"]
#   example: |
#     resource "azurerm_cosmosdb_account" "db" {
#       name                          = "db"
#       offer_type                    = "Standard"
#       local_authentication_disabled = false
#     }
package verdict.terraform.azure.cosmosdb_local_auth

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("Cosmos DB account %s accepts its account keys (local_authentication_disabled is not true)", [r.address]),
	"path": az.arg_path(r, ["local_authentication_disabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_cosmosdb_account"])
	v := az.value(r, ["local_authentication_disabled"], false)
	tc.is_false(v)
}
