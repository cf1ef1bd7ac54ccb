# METADATA
# title: AKS node pool gives its nodes public IP addresses
# description: >-
#   An AKS node pool (`default_node_pool` of an `azurerm_kubernetes_cluster`,
#   or an `azurerm_kubernetes_cluster_node_pool`) with
#   `node_public_ip_enabled = true` (`enable_node_public_ip` before azurerm
#   4.0) puts every node on the Internet with its own public IP, reachable
#   directly instead of through the cluster's load balancers. The provider
#   default is false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster_node_pool#node_public_ip_enabled
#   - https://learn.microsoft.com/en-us/azure/aks/use-node-public-ips
# custom:
#   id: VD-TF-AZ-053
#   severity: medium
#   remediation: >-
#     Remove the argument or set `node_public_ip_enabled = false`; expose
#     workloads through a load balancer or ingress, and egress through NAT.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-4", "SC-7"]
#   example: |
#     resource "azurerm_kubernetes_cluster_node_pool" "workers" {
#       name                   = "workers"
#       kubernetes_cluster_id  = azurerm_kubernetes_cluster.main.id
#       vm_size                = "Standard_D4s_v5"
#       node_public_ip_enabled = true
#     }
package verdict.terraform.azure.aks_node_public_ip

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("AKS node pool %s gives its nodes public IP addresses", [pool]),
	"path": tf.attr_path(r, array.concat(prefix, [name])),
	"resource": r.address,
} if {
	some [r, prefix, pool] in pools
	some name in ["node_public_ip_enabled", "enable_node_public_ip"]
	tc.is_true(object.get(r.config, array.concat(prefix, [name]), null))
}

pools contains [r, ["default_node_pool", 0], sprintf("%s (default)", [r.address])] if {
	some r in az.of_types(["azurerm_kubernetes_cluster"])
}

pools contains [r, [], r.address] if {
	some r in az.of_types(["azurerm_kubernetes_cluster_node_pool"])
}
