# METADATA
# title: AKS cluster with Kubernetes RBAC disabled
# description: >-
#   An `azurerm_kubernetes_cluster` with `role_based_access_control_enabled =
#   false` (or a legacy `role_based_access_control { enabled = false }` block)
#   has no Kubernetes RBAC: every authenticated identity can do anything in the
#   cluster, and RBAC cannot be enabled later without recreating it. The
#   provider default is true, so only an explicit false is reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#role_based_access_control_enabled
#   - https://learn.microsoft.com/en-us/azure/aks/concepts-identity#kubernetes-rbac
# custom:
#   id: VD-TF-AZ-006
#   severity: high
#   remediation: >-
#     Set `role_based_access_control_enabled = true` (and an
#     `azure_active_directory_role_based_access_control` block to use Entra ID
#     identities); the cluster is recreated.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     resource "azurerm_kubernetes_cluster" "main" {
#       name                              = "main"
#       role_based_access_control_enabled = false
#     }
package verdict.terraform.azure.aks_rbac

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("AKS cluster %s disables Kubernetes RBAC", [r.address]),
	"path": tf.attr_path(r, ["role_based_access_control_enabled"]),
	"resource": r.address,
} if {
	some r in tf.of_type("azurerm_kubernetes_cluster")
	tc.is_false(r.config.role_based_access_control_enabled)
}

# azurerm 2.x: role_based_access_control { enabled = false }
deny contains {
	"msg": sprintf("AKS cluster %s disables Kubernetes RBAC", [r.address]),
	"path": tf.attr_path(r, ["role_based_access_control", i, "enabled"]),
	"resource": r.address,
} if {
	some r in tf.of_type("azurerm_kubernetes_cluster")
	some i, block in tc.blocks(r.config, "role_based_access_control")
	tc.is_false(block.enabled)
}
