# METADATA
# title: Cloud SQL PostgreSQL does not log connections
# description: >-
#   Without the `log_connections` database flag set to `on`, PostgreSQL does
#   not log connection attempts, so brute-force attempts and unexpected
#   clients go unseen. The default is off. Checked on each
#   `google_sql_database_instance` whose `database_version` is POSTGRES_*.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags
#   - https://cloud.google.com/sql/docs/postgres/flags
# custom:
#   id: VD-TF-GCP-021
#   severity: medium
#   remediation: >-
#     Add `database_flags { name = "log_connections" value = "on" }` to the
#     instance's `settings`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["6.2.2"]
#     NIST-800-53: ["AU-12"]
#   example: |
#     resource "google_sql_database_instance" "db" {
#       name             = "db"
#       database_version = "POSTGRES_15"
#       settings {
#         tier = "db-custom-2-7680"
#         database_flags {
#           name  = "log_connections"
#           value = "off"
#         }
#       }
#     }
package verdict.terraform.gcp.sql_postgres_log_connections

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets the log_connections flag to %v", [v.resource.address, v.value]),
	"path": tf.attr_path(v.resource, v.keys),
	"resource": v.resource.address,
} if {
	some v in gcp.flag_set_wrong("POSTGRES", "log_connections", {"on"})
}

deny contains {
	"msg": sprintf("Cloud SQL instance %s does not set the log_connections flag to on", [v.resource.address]),
	"path": tf.attr_path(v.resource, v.keys),
	"resource": v.resource.address,
} if {
	some v in gcp.flag_missing("POSTGRES", "log_connections")
}
