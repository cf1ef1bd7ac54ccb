# METADATA
# title: GKE nodes do not use Container-Optimized OS with containerd
# description: >-
#   A GKE `node_config` whose `image_type` is set to something other than
#   COS_CONTAINERD (Ubuntu, or the removed Docker-based COS and UBUNTU
#   images) runs nodes on a general-purpose OS with a larger attack surface
#   and no read-only root file system. Windows node pools and unset
#   `image_type` (the default is COS_CONTAINERD) are not reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#image_type
#   - https://cloud.google.com/kubernetes-engine/docs/concepts/node-images
# custom:
#   id: VD-TF-GCP-053
#   severity: low
#   remediation: >-
#     Set `image_type = "COS_CONTAINERD"` (or remove it) in the node config.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.5.1"]
#     NIST-800-53: ["CM-7"]
#   example: |
#     resource "google_container_node_pool" "apps" {
#       name    = "apps"
#       cluster = google_container_cluster.main.id
#       node_config {
#         image_type = "UBUNTU_CONTAINERD"
#       }
#     }
package verdict.terraform.gcp.gke_cos_containerd

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import data.verdict.lib.terraform_gcp_sets as gset
import rego.v1

deny contains {
	"msg": sprintf("%s runs nodes on the %s image", [n.resource.address, image]),
	"path": tf.attr_path(n.resource, array.concat(n.keys, ["image_type"])),
	"resource": n.resource.address,
} if {
	some n in gset.node_configs
	image := n.config.image_type
	is_string(image)
	image != ""
	not tf.unknown(image)
	upper(image) != "COS_CONTAINERD"
	not startswith(upper(image), "WINDOWS")
}
