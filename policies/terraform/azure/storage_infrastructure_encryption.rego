# METADATA
# title: Storage account without infrastructure encryption
# description: >-
#   An `azurerm_storage_account` without `infrastructure_encryption_enabled =
#   true` encrypts its data once, at the service level only; infrastructure
#   (double) encryption adds a second layer with a different algorithm and key,
#   so one compromised key or algorithm does not expose the data. The provider
#   default is false and the setting can only be chosen when the account is
#   created.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#infrastructure_encryption_enabled
#   - https://learn.microsoft.com/en-us/azure/storage/common/infrastructure-encryption-enable
# custom:
#   id: VD-TF-AZ-007
#   severity: low
#   remediation: >-
#     Set `infrastructure_encryption_enabled = true` on the storage account
#     (this recreates it; migrate the data to a new account).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["3.2"]
#     NIST-800-53: ["SC-28"]
#   example: |
#     resource "azurerm_storage_account" "data" {
#       name                     = "data"
#       account_tier             = "Standard"
#       account_replication_type = "ZRS"
#     }
package verdict.terraform.azure.storage_infrastructure_encryption

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

warn contains {
	"msg": sprintf("storage account %s does not enable infrastructure (double) encryption", [r.address]),
	"path": az.arg_path(r, ["infrastructure_encryption_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_storage_account"])
	v := az.value(r, ["infrastructure_encryption_enabled"], false)
	tc.is_false(v)
}
