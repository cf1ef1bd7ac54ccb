# METADATA
# title: GKE cluster nodes have public IP addresses
# description: >-
#   A `google_container_cluster` without `private_cluster_config {
#   enable_private_nodes = true }` gives every node an external IP address,
#   so node ports and anything listening on the nodes can be reached from the
#   Internet wherever firewall rules allow. Clusters whose block is `dynamic`
#   are not evaluated.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_private_nodes
#   - https://cloud.google.com/kubernetes-engine/docs/how-to/private-clusters
# custom:
#   id: VD-TF-GCP-041
#   severity: medium
#   remediation: >-
#     Add `private_cluster_config { enable_private_nodes = true
#     master_ipv4_cidr_block = "172.16.0.0/28" }` and give the nodes egress
#     through Cloud NAT.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.6.5"]
#     NIST-800-53: ["SC-7"]
#   example: |
#     resource "google_container_cluster" "main" {
#       name     = "main"
#       location = "europe-west1"
#     }
package verdict.terraform.gcp.gke_private_nodes

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("GKE cluster %s does not use private nodes", [r.address]),
	"path": gcp.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	keys := ["private_cluster_config", 0, "enable_private_nodes"]
	not tc.dynamic_block(r.config, "private_cluster_config")
	private := gcp.value(r, keys, false)
	not tc.is_true(private)
}
