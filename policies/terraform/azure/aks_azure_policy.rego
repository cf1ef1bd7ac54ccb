# METADATA
# title: AKS cluster without the Azure Policy add-on
# description: >-
#   An `azurerm_kubernetes_cluster` without `azure_policy_enabled = true` has no
#   Azure Policy (Gatekeeper) admission control: pod security and other
#   guardrails assigned to the subscription are not enforced inside the cluster.
#   The provider default is false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#azure_policy_enabled
#   - https://learn.microsoft.com/en-us/azure/aks/use-azure-policy
# custom:
#   id: VD-TF-AZ-017
#   severity: low
#   remediation: >-
#     Set `azure_policy_enabled = true` on the cluster and assign the Kubernetes
#     policy initiatives you need.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["CM-7", "CM-6"]
#   example: |
#     resource "azurerm_kubernetes_cluster" "main" {
#       name       = "main"
#       dns_prefix = "main"
#     }
package verdict.terraform.azure.aks_azure_policy

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

warn contains {
	"msg": sprintf("AKS cluster %s does not enable the Azure Policy add-on", [r.address]),
	"path": az.arg_path(r, ["azure_policy_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_kubernetes_cluster"])
	v := az.value(r, ["azure_policy_enabled"], false)
	tc.is_false(v)
}
