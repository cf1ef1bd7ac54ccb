# METADATA
# title: AKS cluster without a network policy engine
# description: >-
#   An `azurerm_kubernetes_cluster` without `network_profile { network_policy
#   = "azure" | "calico" | "cilium" }` cannot enforce Kubernetes
#   NetworkPolicies: every pod can reach every other pod, so one compromised
#   workload reaches them all. The network policy engine is chosen at
#   creation.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#network_policy
#   - https://learn.microsoft.com/en-us/azure/aks/use-network-policies
# custom:
#   id: VD-TF-AZ-048
#   severity: medium
#   remediation: >-
#     Add `network_profile { network_plugin = "azure" network_policy = "azure"
#     }` (or `"calico"`/`"cilium"`) and write NetworkPolicies for the
#     workloads.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-4", "SC-7"]
#   example: |
#     resource "azurerm_kubernetes_cluster" "main" {
#       name       = "main"
#       dns_prefix = "main"
#       network_profile {
#         network_plugin = "kubenet"
#       }
#     }
package verdict.terraform.azure.aks_network_policy

import data.verdict.lib.terraform_azure as az
import rego.v1

deny contains {
	"msg": sprintf("AKS cluster %s has no network policy engine (network_profile.network_policy is not set)", [r.address]),
	"path": az.arg_path(r, ["network_profile", 0, "network_policy"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_kubernetes_cluster"])
	az.value(r, ["network_profile", 0, "network_policy"], "") in {"", "none"}
}
