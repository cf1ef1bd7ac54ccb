# METADATA
# title: Storage account without blob soft delete
# description: >-
#   An `azurerm_storage_account` without `blob_properties {
#   delete_retention_policy { … } }` deletes and overwrites blobs for good: a
#   mistaken or malicious delete cannot be undone. Accounts of kind
#   `FileStorage` (no blob service) are not reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#delete_retention_policy
#   - https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-blob-overview
# custom:
#   id: VD-TF-AZ-039
#   severity: low
#   remediation: >-
#     Add `blob_properties { delete_retention_policy { days = 7 } }` (7–365
#     days), and `container_delete_retention_policy` for containers.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["3.11"]
#     NIST-800-53: ["CP-9"]
#   example: |
#     resource "azurerm_storage_account" "data" {
#       name                     = "data"
#       account_tier             = "Standard"
#       account_replication_type = "ZRS"
#     }
package verdict.terraform.azure.storage_blob_soft_delete

import data.verdict.lib.terraform_azure as az
import rego.v1

warn contains {
	"msg": sprintf("storage account %s does not enable blob soft delete", [r.address]),
	"path": az.arg_path(r, ["blob_properties", 0, "delete_retention_policy"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_storage_account"])
	az.value(r, ["account_kind"], "StorageV2") != "FileStorage"
	az.value(r, ["blob_properties", 0, "delete_retention_policy"], []) == []
}
