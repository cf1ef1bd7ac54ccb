# METADATA
# title: Cloud SQL PostgreSQL logs the text of slow statements
# description: >-
#   A `log_min_duration_statement` database flag other than `-1` logs the
#   full text of every statement running longer than the threshold (all of
#   them at 0), which can write passwords and personal data from SQL into
#   the logs. Only an explicitly set flag is checked (the default is -1).
#   Checked on each `google_sql_database_instance` whose `database_version`
#   is POSTGRES_*.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags
#   - https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: VD-TF-GCP-023
#   severity: low
#   remediation: >-
#     Add `database_flags { name = "log_min_duration_statement" value = "-1"
#     }` to the instance's `settings` (or remove the flag).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["6.2.7"]
#     NIST-800-53: ["AU-12"]
#   example: |
#     resource "google_sql_database_instance" "db" {
#       name             = "db"
#       database_version = "POSTGRES_15"
#       settings {
#         tier = "db-custom-2-7680"
#         database_flags {
#           name  = "log_min_duration_statement"
#           value = "0"
#         }
#       }
#     }
package verdict.terraform.gcp.sql_postgres_log_min_duration_statement

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets the log_min_duration_statement flag to %v", [v.resource.address, v.value]),
	"path": tf.attr_path(v.resource, v.keys),
	"resource": v.resource.address,
} if {
	some v in gcp.flag_set_wrong("POSTGRES", "log_min_duration_statement", {"-1"})
}
