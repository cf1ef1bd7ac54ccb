# METADATA
# title: GKE nodes expose the Compute Engine metadata server to pods
# description: >-
#   A GKE `node_config` (of a cluster, an inline `node_pool` or a
#   `google_container_node_pool`) with `workload_metadata_config { mode =
#   "GCE_METADATA" }` (or the legacy `node_metadata = "EXPOSE"`) or with
#   `metadata = { disable-legacy-endpoints = "false" }` lets pods read the
#   node's metadata: its service account token and the kubelet bootstrap
#   credentials, from which a pod can escalate to the cluster.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_metadata_config
#   - https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata
# custom:
#   id: VD-TF-GCP-047
#   severity: high
#   remediation: >-
#     Set `workload_metadata_config { mode = "GKE_METADATA" }` in the node
#     config (with Workload Identity) and remove `disable-legacy-endpoints =
#     "false"` from its metadata.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.4.1", "5.4.2"]
#     NIST-800-53: ["AC-6", "SC-7"]
#   example: |
#     resource "google_container_node_pool" "apps" {
#       name    = "apps"
#       cluster = google_container_cluster.main.id
#       node_config {
#         workload_metadata_config {
#           mode = "GCE_METADATA"
#         }
#       }
#     }
package verdict.terraform.gcp.gke_node_metadata

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import data.verdict.lib.terraform_gcp_sets as gset
import rego.v1

deny contains {
	"msg": sprintf("%s exposes the node metadata to pods (%s = %s)", [n.resource.address, key, w[key]]),
	"path": tf.attr_path(n.resource, array.concat(n.keys, ["workload_metadata_config", i, key])),
	"resource": n.resource.address,
} if {
	some n in gset.node_configs
	some i, w in tc.blocks(n.config, "workload_metadata_config")
	some key in ["mode", "node_metadata"]
	is_string(w[key])
	upper(w[key]) in {"GCE_METADATA", "EXPOSE"}
}

deny contains {
	"msg": sprintf("%s enables the legacy metadata endpoints (disable-legacy-endpoints = %v)", [n.resource.address, v]),
	"path": tf.attr_path(n.resource, array.concat(n.keys, ["metadata", "disable-legacy-endpoints"])),
	"resource": n.resource.address,
} if {
	some n in gset.node_configs
	v := n.config.metadata["disable-legacy-endpoints"]
	tc.is_false(v)
}
