# METADATA
# title: GKE Shielded nodes disabled
# description: >-
#   `enable_shielded_nodes = false` on a `google_container_cluster` turns off
#   Shielded GKE nodes, which give each node a verifiable identity and
#   integrity; without them an attacker who steals a node's bootstrap
#   credentials can impersonate a node and read the secrets of its pods.
#   The default is true, so only an explicit false is reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_shielded_nodes
#   - https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes
# custom:
#   id: VD-TF-GCP-044
#   severity: medium
#   remediation: >-
#     Remove `enable_shielded_nodes = false` (or set it to true).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.5.5"]
#     NIST-800-53: ["SI-7", "IA-3"]
#   example: |
#     resource "google_container_cluster" "main" {
#       name                  = "main"
#       location              = "europe-west1"
#       enable_shielded_nodes = false
#     }
package verdict.terraform.gcp.gke_shielded_nodes

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("GKE cluster %s disables Shielded GKE nodes", [r.address]),
	"path": tf.attr_path(r, ["enable_shielded_nodes"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	tc.is_false(r.config.enable_shielded_nodes)
}
