# METADATA
# title: GKE control plane reachable from any address
# description: >-
#   A `google_container_cluster` without a `master_authorized_networks_config`
#   block and without a private endpoint
#   (`private_cluster_config { enable_private_endpoint = true }`) exposes its
#   Kubernetes API server to the whole Internet, leaving only authentication
#   between an attacker and the control plane. Clusters whose block is
#   `dynamic` are not evaluated.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_authorized_networks_config
#   - https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks
#   - https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept
# custom:
#   id: VD-TF-GCP-004
#   severity: medium
#   remediation: >-
#     Add `master_authorized_networks_config { cidr_blocks { cidr_block =
#     "<admin CIDR>" } }` to the cluster, or make it private with
#     `private_cluster_config { enable_private_nodes = true
#     enable_private_endpoint = true }`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.6.3", "5.6.4"]
#     NIST-800-53: ["AC-4", "SC-7"]
#   example: |
#     resource "google_container_cluster" "main" {
#       name     = "main"
#       location = "europe-west1"
#     }
package verdict.terraform.gcp.gke_master_authorized_networks

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("GKE cluster %s has a public control plane endpoint with no master authorized networks", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	count(tc.blocks(r.config, "master_authorized_networks_config")) == 0
	not tc.dynamic_block(r.config, "master_authorized_networks_config")
	not private_endpoint(r.config)
}

private_endpoint(config) if {
	some p in tc.blocks(config, "private_cluster_config")
	not tc.off(p, "enable_private_endpoint")
}
