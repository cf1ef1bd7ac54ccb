# METADATA
# title: Cloud Storage bucket without usage logs
# description: >-
#   A `google_storage_bucket` without a `logging { log_bucket = … }` block
#   writes no usage (access) logs, so who downloaded which object cannot be
#   reconstructed beyond what Data Access audit logs record. Buckets that
#   receive other buckets' usage logs (named in their `log_bucket`, by
#   reference or by name) are not reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#logging
#   - https://cloud.google.com/storage/docs/access-logs
# custom:
#   id: VD-TF-GCP-064
#   severity: low
#   remediation: >-
#     Add `logging { log_bucket = google_storage_bucket.access_logs.name }`
#     to the bucket, or enable Data Access audit logs for Cloud Storage.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AU-2", "AU-12"]
#   example: |
#     resource "google_storage_bucket" "data" {
#       name     = "data"
#       location = "EU"
#     }
package verdict.terraform.gcp.storage_access_logging

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("bucket %s writes no usage logs", [r.address]),
	"path": gcp.arg_path(r, ["logging", 0, "log_bucket"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_storage_bucket")
	gcp.value(r, ["logging", 0, "log_bucket"], "") == ""
	not log_target(r)
}

# Another bucket of the configuration logs into this one.
log_target(b) if {
	some other in tf.of_type("google_storage_bucket")
	some l in tc.blocks(other.config, "logging")
	is_string(l.log_bucket)
	names(l.log_bucket, b)
}

names(ref, b) if {
	b.path[0] == "resource"
	some m in regex.find_all_string_submatch_n(`google_storage_bucket\.([A-Za-z0-9_-]+)\.(name|id)`, ref, -1)
	m[1] == b.name
}

names(ref, b) if ref == b.config.name
