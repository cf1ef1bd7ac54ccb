# METADATA
# title: Cosmos DB account keys can change its resources
# description: >-
#   With `access_key_metadata_writes_enabled` true (the provider default) an
#   `azurerm_cosmosdb_account`'s keys can create, change and delete databases
#   and containers, not only read and write data: a leaked key changes the
#   account's structure and throughput outside Terraform and Azure RBAC.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#access_key_metadata_writes_enabled
#   - https://learn.microsoft.com/en-us/azure/cosmos-db/role-based-access-control#prevent-sdk-changes
# custom:
#   id: VD-TF-AZ-015
#   severity: low
#   remediation: >-
#     Set `access_key_metadata_writes_enabled = false` and manage databases and
#     containers through Terraform / Azure Resource Manager.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-6"]
#   example: |
#     resource "azurerm_cosmosdb_account" "db" {
#       name                               = "db"
#       offer_type                         = "Standard"
#       access_key_metadata_writes_enabled = true
#     }
package verdict.terraform.azure.cosmosdb_key_metadata_writes

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

warn contains {
	"msg": sprintf("Cosmos DB account %s lets its keys change databases and containers", [r.address]),
	"path": az.arg_path(r, ["access_key_metadata_writes_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_cosmosdb_account"])
	v := az.value(r, ["access_key_metadata_writes_enabled"], true)
	tc.is_true(v)
}
