# METADATA
# title: GKE cluster without Binary Authorization
# description: >-
#   A `google_container_cluster` without `binary_authorization {
#   evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE" }` (or the
#   deprecated `enable_binary_authorization = true` / `binary_authorization
#   { enabled = true }`) deploys any image anyone can push, with no check
#   that it was built and attested by your pipeline.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#binary_authorization
#   - https://cloud.google.com/binary-authorization/docs/setting-up
# custom:
#   id: VD-TF-GCP-051
#   severity: low
#   remediation: >-
#     Add `binary_authorization { evaluation_mode =
#     "PROJECT_SINGLETON_POLICY_ENFORCE" }` and define a
#     `google_binary_authorization_policy` requiring attestations.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.10.5"]
#     NIST-800-53: ["CM-14", "SI-7"]
#   example: |
#     resource "google_container_cluster" "main" {
#       name     = "main"
#       location = "europe-west1"
#     }
package verdict.terraform.gcp.gke_binary_authorization

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("GKE cluster %s does not enforce Binary Authorization", [r.address]),
	"path": gcp.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	keys := ["binary_authorization", 0, "evaluation_mode"]
	mode := gcp.value(r, keys, "DISABLED")
	upper(mode) in {"DISABLED", "EVALUATION_MODE_UNSPECIFIED"}
	enabled := gcp.value(r, ["binary_authorization", 0, "enabled"], false)
	not tc.is_true(enabled)
	legacy := gcp.value(r, ["enable_binary_authorization"], false)
	not tc.is_true(legacy)
}
