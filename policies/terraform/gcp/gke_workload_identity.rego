# METADATA
# title: GKE cluster without Workload Identity
# description: >-
#   A Standard `google_container_cluster` without a `workload_identity_config`
#   block (with a `workload_pool`) lets pods use the node's service account
#   through the metadata server, so every pod on a node gets the node's
#   Google Cloud permissions and pods cannot have identities of their own.
#   Autopilot clusters always use Workload Identity and are not checked.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_identity_config
#   - https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity
# custom:
#   id: VD-TF-GCP-043
#   severity: medium
#   remediation: >-
#     Add `workload_identity_config { workload_pool =
#     "${var.project}.svc.id.goog" }` to the cluster and
#     `workload_metadata_config { mode = "GKE_METADATA" }` to its node pools.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.2.2"]
#     NIST-800-53: ["AC-6", "IA-2"]
#   example: |
#     resource "google_container_cluster" "main" {
#       name     = "main"
#       location = "europe-west1"
#     }
package verdict.terraform.gcp.gke_workload_identity

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("GKE cluster %s does not enable Workload Identity", [r.address]),
	"path": gcp.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	not gcp.autopilot(r)
	keys := ["workload_identity_config", 0, "workload_pool"]
	gcp.value(r, keys, "") == ""
}
