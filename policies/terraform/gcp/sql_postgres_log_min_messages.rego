# METADATA
# title: Cloud SQL PostgreSQL logs below the WARNING level
# description: >-
#   A `log_min_messages` database flag set below `warning` (debug5-debug1,
#   info, notice) floods the log with routine messages, hiding the warnings
#   and errors that matter and raising logging cost. Only an explicitly set
#   flag is checked (the default is WARNING). Checked on each
#   `google_sql_database_instance` whose `database_version` is POSTGRES_*.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags
#   - https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: VD-TF-GCP-066
#   severity: low
#   remediation: >-
#     Add `database_flags { name = "log_min_messages" value = "warning" }`
#     to the instance's `settings` (or remove the flag).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["6.2.5"]
#     NIST-800-53: ["AU-12"]
#   example: |
#     resource "google_sql_database_instance" "db" {
#       name             = "db"
#       database_version = "POSTGRES_15"
#       settings {
#         tier = "db-custom-2-7680"
#         database_flags {
#           name  = "log_min_messages"
#           value = "debug1"
#         }
#       }
#     }
package verdict.terraform.gcp.sql_postgres_log_min_messages

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets the log_min_messages flag to %v", [v.resource.address, v.value]),
	"path": tf.attr_path(v.resource, v.keys),
	"resource": v.resource.address,
} if {
	some v in gcp.flag_set_wrong("POSTGRES", "log_min_messages", {"warning", "error", "log", "fatal", "panic"})
}
