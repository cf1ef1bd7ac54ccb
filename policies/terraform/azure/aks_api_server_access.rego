# METADATA
# title: AKS API server reachable from any address
# description: >-
#   An `azurerm_kubernetes_cluster` that is not private
#   (`private_cluster_enabled`, default false) and whose
#   `api_server_access_profile { authorized_ip_ranges }` (azurerm 3.x also
#   `api_server_authorized_ip_ranges`) is empty or holds `0.0.0.0/0` exposes
#   its Kubernetes API server to the whole Internet.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#authorized_ip_ranges
#   - https://learn.microsoft.com/en-us/azure/aks/api-server-authorized-ip-ranges
#   - https://learn.microsoft.com/en-us/azure/aks/private-clusters
# custom:
#   id: VD-TF-AZ-047
#   severity: high
#   remediation: >-
#     Set `private_cluster_enabled = true`, or add `api_server_access_profile
#     { authorized_ip_ranges = ["203.0.113.0/24"] }` listing the networks that
#     administer the cluster.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-4", "SC-7"]
#   example: |
#     resource "azurerm_kubernetes_cluster" "main" {
#       name       = "main"
#       dns_prefix = "main"
#     }
package verdict.terraform.azure.aks_api_server_access

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("AKS cluster %s exposes its API server to any address (not private, no authorized IP ranges)", [r.address]),
	"path": finding_path(r),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_kubernetes_cluster"])
	tc.is_false(az.value(r, ["private_cluster_enabled"], false))
	open(az.value(r, ["api_server_access_profile", 0, "authorized_ip_ranges"], []))
	open(az.value(r, ["api_server_authorized_ip_ranges"], []))
}

open(ranges) if ranges == []

open(ranges) if {
	is_array(ranges)
	some cidr in ranges
	cidr in {"0.0.0.0/0", "*"}
}

finding_path(r) := az.arg_path(r, ["api_server_access_profile", 0, "authorized_ip_ranges"]) if {
	object.get(r.config, ["api_server_access_profile", 0], null) != null
} else := az.arg_path(r, ["private_cluster_enabled"])
