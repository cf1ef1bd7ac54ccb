# METADATA
# title: Storage account allows Shared Key authorization
# description: >-
#   An `azurerm_storage_account` with `shared_access_key_enabled` true (the
#   provider default) accepts requests signed with its account keys and SAS
#   tokens derived from them: long-lived secrets with full access that bypass
#   Entra ID, RBAC and conditional access, and are hard to audit per caller.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#shared_access_key_enabled
#   - https://learn.microsoft.com/en-us/azure/storage/common/shared-key-authorization-prevent
# custom:
#   id: VD-TF-AZ-008
#   severity: medium
#   remediation: >-
#     Set `shared_access_key_enabled = false` and grant access with Entra ID
#     roles (`storage_use_azuread = true` in the provider block lets Terraform
#     itself work without keys).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["IA-2", "AC-3"]
#   example: |
#     resource "azurerm_storage_account" "data" {
#       name                      = "data"
#       shared_access_key_enabled = true
#     }
package verdict.terraform.azure.storage_shared_key

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("storage account %s allows Shared Key (account key and SAS) authorization", [r.address]),
	"path": az.arg_path(r, ["shared_access_key_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_storage_account"])
	v := az.value(r, ["shared_access_key_enabled"], true)
	tc.is_true(v)
}
