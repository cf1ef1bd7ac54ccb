# METADATA
# title: Cloud Storage bucket does not enforce public access prevention
# description: >-
#   A `google_storage_bucket` without `public_access_prevention =
#   "enforced"` (the default, "inherited", follows the organization policy,
#   which is often unset) can be made public by a single IAM grant or ACL to
#   `allUsers` / `allAuthenticatedUsers`, by mistake or by an attacker.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#public_access_prevention
#   - https://cloud.google.com/storage/docs/public-access-prevention
# custom:
#   id: VD-TF-GCP-068
#   severity: low
#   remediation: >-
#     Set `public_access_prevention = "enforced"` on the bucket (or enforce
#     the `storage.publicAccessPrevention` organization policy and waive
#     this finding).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["5.1"]
#     NIST-800-53: ["AC-3", "AC-21"]
#   example: |
#     resource "google_storage_bucket" "data" {
#       name     = "data"
#       location = "EU"
#     }
package verdict.terraform.gcp.storage_public_access_prevention

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("bucket %s does not enforce public access prevention (%s)", [r.address, setting]),
	"path": gcp.arg_path(r, ["public_access_prevention"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_storage_bucket")
	setting := gcp.value(r, ["public_access_prevention"], "inherited")
	lower(setting) != "enforced"
}
