# METADATA
# title: Log sink bucket without a locked retention policy
# description: >-
#   A `google_storage_bucket` that a `google_logging_project_sink` (or folder,
#   organization or billing-account sink) in the same configuration exports
#   logs to (`destination = "storage.googleapis.com/<bucket>"`, by reference
#   or by name) without `retention_policy { is_locked = true }`: anyone with
#   storage admin rights, an intruder included, can delete the exported logs
#   and cover their tracks.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#retention_policy
#   - https://cloud.google.com/storage/docs/bucket-lock
#   - https://cloud.google.com/logging/docs/export/configure_export_v2
# custom:
#   id: VD-TF-GCP-061
#   severity: medium
#   remediation: >-
#     Add `retention_policy { retention_period = 31536000 is_locked = true }`
#     (a period your log retention requires) to the log bucket. Locking
#     cannot be undone.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["2.3"]
#     NIST-800-53: ["AU-9", "AU-11"]
#     PCI-DSS-4.0: ["10.3.2"]
#   example: |
#     resource "google_storage_bucket" "logs" {
#       name     = "acme-audit-logs"
#       location = "EU"
#     }
#     resource "google_logging_project_sink" "audit" {
#       name        = "audit"
#       destination = "storage.googleapis.com/${google_storage_bucket.logs.name}"
#     }
package verdict.terraform.gcp.storage_log_bucket_retention

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

sink_types := {"google_logging_project_sink", "google_logging_folder_sink", "google_logging_organization_sink", "google_logging_billing_account_sink"}

deny contains {
	"msg": sprintf("log bucket %s (exported to by %s) has no locked retention policy", [b.address, s.address]),
	"path": gcp.arg_path(b, ["retention_policy", 0, "is_locked"]),
	"resource": b.address,
} if {
	some s in tf.resources
	s.type in sink_types
	is_string(s.config.destination)
	startswith(s.config.destination, "storage.googleapis.com/")
	some b in tf.of_type("google_storage_bucket")
	destination_of(s.config.destination, b)
	locked := gcp.value(b, ["retention_policy", 0, "is_locked"], false)
	not tc.is_true(locked)
}

# By reference ("${google_storage_bucket.logs.name}") in HCL, by resolved
# name in plans (and literal names in HCL).
destination_of(destination, b) if {
	b.path[0] == "resource"
	some m in regex.find_all_string_submatch_n(`google_storage_bucket\.([A-Za-z0-9_-]+)\.(name|id)`, destination, -1)
	m[1] == b.name
}

destination_of(destination, b) if {
	is_string(b.config.name)
	not tf.unknown(b.config.name)
	destination == concat("", ["storage.googleapis.com/", b.config.name])
}
