# METADATA
# title: Cloud SQL PostgreSQL logs verbose error details
# description: >-
#   A `log_error_verbosity` database flag set to `verbose` adds the source
#   file, function and line of every error to the log, volume that buries
#   the messages an investigation needs; CIS asks for DEFAULT or stricter
#   (TERSE). Only an explicitly set flag is checked (the default is
#   DEFAULT). Checked on each `google_sql_database_instance` whose
#   `database_version` is POSTGRES_*.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags
#   - https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: VD-TF-GCP-065
#   severity: low
#   remediation: >-
#     Add `database_flags { name = "log_error_verbosity" value = "default"
#     }` to the instance's `settings` (or remove the flag).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["6.2.1"]
#     NIST-800-53: ["AU-12"]
#   example: |
#     resource "google_sql_database_instance" "db" {
#       name             = "db"
#       database_version = "POSTGRES_15"
#       settings {
#         tier = "db-custom-2-7680"
#         database_flags {
#           name  = "log_error_verbosity"
#           value = "verbose"
#         }
#       }
#     }
package verdict.terraform.gcp.sql_postgres_log_error_verbosity

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets the log_error_verbosity flag to %v", [v.resource.address, v.value]),
	"path": tf.attr_path(v.resource, v.keys),
	"resource": v.resource.address,
} if {
	some v in gcp.flag_set_wrong("POSTGRES", "log_error_verbosity", {"default", "terse"})
}
