# METADATA
# title: Cloud Storage bucket without uniform bucket-level access
# description: >-
#   A `google_storage_bucket` without `uniform_bucket_level_access = true`
#   keeps per-object ACLs, so access is decided object by object and cannot be
#   audited (or restricted) through IAM alone; a single public object ACL
#   escapes bucket-level review. The provider default is false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#uniform_bucket_level_access
#   - https://cloud.google.com/storage/docs/uniform-bucket-level-access
# custom:
#   id: VD-TF-GCP-002
#   severity: medium
#   remediation: >-
#     Set `uniform_bucket_level_access = true` on the bucket and grant access
#     with IAM bindings instead of ACLs.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["5.2"]
#     NIST-800-53: ["AC-3"]
#   example: |
#     resource "google_storage_bucket" "data" {
#       name     = "data"
#       location = "EU"
#     }
package verdict.terraform.gcp.storage_uniform_access

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("bucket %s does not enable uniform bucket-level access", [r.address]),
	"path": finding_path(r),
	"resource": r.address,
} if {
	some r in tf.of_type("google_storage_bucket")
	tc.off(r.config, "uniform_bucket_level_access")
	# Its predecessor (provider < 3.x) has the same effect.
	tc.off(r.config, "bucket_policy_only")
}

finding_path(r) := tf.attr_path(r, ["uniform_bucket_level_access"]) if "uniform_bucket_level_access" in object.keys(r.config)

else := r.path
