# METADATA
# title: Container registry admin user enabled
# description: >-
#   An `azurerm_container_registry` with `admin_enabled = true` has a shared
#   admin account whose two passwords give push and pull rights to every
#   repository, with no per-user identity in the logs. The provider default is
#   false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry#admin_enabled
#   - https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account
# custom:
#   id: VD-TF-AZ-028
#   severity: medium
#   remediation: >-
#     Set `admin_enabled = false` and authenticate with Entra ID: managed
#     identities, service principals or repository-scoped tokens.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-2", "IA-2"]
#   example: |
#     resource "azurerm_container_registry" "acr" {
#       name          = "acr"
#       sku           = "Premium"
#       admin_enabled = true
#     }
package verdict.terraform.azure.acr_admin_user

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("container registry %s enables its admin user", [r.address]),
	"path": az.arg_path(r, ["admin_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_container_registry"])
	v := az.value(r, ["admin_enabled"], false)
	tc.is_true(v)
}
