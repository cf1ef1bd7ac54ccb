# METADATA
# title: AKS cluster keeps its local admin account
# description: >-
#   An `azurerm_kubernetes_cluster` without `local_account_disabled = true`
#   keeps the static `clusterAdmin` credentials: anyone who can list the
#   cluster's admin credentials gets cluster-admin without Entra ID, conditional
#   access or an audit identity. The provider default is false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#local_account_disabled
#   - https://learn.microsoft.com/en-us/azure/aks/manage-local-accounts-managed-azure-ad
# custom:
#   id: VD-TF-AZ-018
#   severity: medium
#   remediation: >-
#     Set `local_account_disabled = true` together with an
#     `azure_active_directory_role_based_access_control` block.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-2", "IA-2"]
#   example: |
#     resource "azurerm_kubernetes_cluster" "main" {
#       name                   = "main"
#       dns_prefix             = "main"
#       local_account_disabled = false
#     }
package verdict.terraform.azure.aks_local_accounts

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("AKS cluster %s keeps its local admin account (local_account_disabled is not true)", [r.address]),
	"path": az.arg_path(r, ["local_account_disabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_kubernetes_cluster"])
	v := az.value(r, ["local_account_disabled"], false)
	tc.is_false(v)
}
