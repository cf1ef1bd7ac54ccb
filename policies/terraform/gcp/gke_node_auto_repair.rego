# METADATA
# title: GKE node pool auto-repair disabled
# description: >-
#   `management { auto_repair = false }` on a `google_container_node_pool` (or
#   a `node_pool` block of a `google_container_cluster`) keeps unhealthy nodes
#   (failed health checks, a broken kubelet, a full disk) in service instead
#   of recreating them. The default is true, so only an explicit false is
#   reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_node_pool#auto_repair
#   - https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-repair
# custom:
#   id: VD-TF-GCP-045
#   severity: medium
#   remediation: >-
#     Remove `auto_repair = false` from the node pool's `management` block
#     (or set it to true); schedule disruptions with maintenance windows.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.5.2"]
#     NIST-800-53: ["SI-2", "CP-10"]
#   example: |
#     resource "google_container_node_pool" "apps" {
#       name    = "apps"
#       cluster = google_container_cluster.main.id
#       management {
#         auto_repair = false
#       }
#     }
package verdict.terraform.gcp.gke_node_auto_repair

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import data.verdict.lib.terraform_gcp_sets as gset
import rego.v1

deny contains {
	"msg": sprintf("GKE node pool %s disables auto-repair", [object.get(p.config, "name", p.resource.address)]),
	"path": tf.attr_path(p.resource, array.concat(p.keys, ["management", i, "auto_repair"])),
	"resource": p.resource.address,
} if {
	some p in gset.node_pools
	some i, m in tc.blocks(p.config, "management")
	tc.is_false(m.auto_repair)
}
