# METADATA
# title: Cloud Storage bucket without object versioning
# description: >-
#   A `google_storage_bucket` without `versioning { enabled = true }` keeps no
#   noncurrent versions, so an overwrite or delete (by mistake, a bug or
#   ransomware) destroys the only copy of the object.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#versioning
#   - https://cloud.google.com/storage/docs/object-versioning
# custom:
#   id: VD-TF-GCP-018
#   severity: low
#   remediation: >-
#     Add `versioning { enabled = true }` to the bucket (with a lifecycle rule
#     on `num_newer_versions` or `days_since_noncurrent_time` to bound its cost),
#     or use soft delete / a retention policy.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["CP-9", "SI-12"]
#   example: |
#     resource "google_storage_bucket" "data" {
#       name     = "data"
#       location = "EU"
#     }
package verdict.terraform.gcp.storage_versioning

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("bucket %s does not enable object versioning", [r.address]),
	"path": gcp.arg_path(r, ["versioning", 0, "enabled"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_storage_bucket")
	enabled := gcp.value(r, ["versioning", 0, "enabled"], false)
	not tc.is_true(enabled)
}
