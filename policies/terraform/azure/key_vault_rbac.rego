# METADATA
# title: Key Vault uses access policies instead of Azure RBAC
# description: >-
#   An `azurerm_key_vault` without `rbac_authorization_enabled = true`
#   (`enable_rbac_authorization` before azurerm 4.x) authorizes data-plane
#   access with vault access policies: anyone with Contributor on the vault can
#   grant themselves access to its keys and secrets, and the grants are not
#   visible in Azure RBAC. The provider default is false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#rbac_authorization_enabled
#   - https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-migration
# custom:
#   id: VD-TF-AZ-037
#   severity: low
#   remediation: >-
#     Set `rbac_authorization_enabled = true` (`enable_rbac_authorization` on
#     older providers) and grant `Key Vault Secrets User` etc. with
#     `azurerm_role_assignment`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["8.6"]
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     resource "azurerm_key_vault" "main" {
#       name      = "main-kv"
#       sku_name  = "standard"
#       tenant_id = data.azurerm_client_config.current.tenant_id
#     }
package verdict.terraform.azure.key_vault_rbac

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

warn contains {
	"msg": sprintf("key vault %s authorizes with access policies, not Azure RBAC", [r.address]),
	"path": az.arg_path(r, [name]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_key_vault"])
	[name, v] := az.renamed(r, ["rbac_authorization_enabled", "enable_rbac_authorization"], false)
	tc.is_false(v)
}
