# METADATA
# title: Cloud SQL PostgreSQL logs the text of statements below ERROR
# description: >-
#   A `log_min_error_statement` database flag set below `error` (debug5 to
#   debug1, info, notice, warning) writes the SQL text of every statement
#   that raises a mere notice or warning into the log, which can expose data
#   held in statements and buries the failing ones; CIS asks for ERROR or
#   stricter. Only an explicitly set flag is checked (the default is ERROR).
#   Checked on each `google_sql_database_instance` whose `database_version`
#   is POSTGRES_*.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags
#   - https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: VD-TF-GCP-067
#   severity: low
#   remediation: >-
#     Add `database_flags { name = "log_min_error_statement" value = "error"
#     }` to the instance's `settings` (or remove the flag).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["6.2.6"]
#     NIST-800-53: ["AU-12"]
#   example: |
#     resource "google_sql_database_instance" "db" {
#       name             = "db"
#       database_version = "POSTGRES_15"
#       settings {
#         tier = "db-custom-2-7680"
#         database_flags {
#           name  = "log_min_error_statement"
#           value = "warning"
#         }
#       }
#     }
package verdict.terraform.gcp.sql_postgres_log_min_error_statement

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets the log_min_error_statement flag to %v", [v.resource.address, v.value]),
	"path": tf.attr_path(v.resource, v.keys),
	"resource": v.resource.address,
} if {
	some v in gcp.flag_set_wrong("POSTGRES", "log_min_error_statement", {"error", "log", "fatal", "panic"})
}
