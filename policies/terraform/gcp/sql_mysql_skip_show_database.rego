# METADATA
# title: Cloud SQL MySQL lets every user list all databases
# description: >-
#   Without the `skip_show_database` database flag set to `on`, any user can
#   run `SHOW DATABASES` and list every database of the instance, not only
#   those it has privileges on. The default is off. Checked on each
#   `google_sql_database_instance` whose `database_version` is MYSQL_*.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags
#   - https://cloud.google.com/sql/docs/mysql/flags
# custom:
#   id: VD-TF-GCP-026
#   severity: low
#   remediation: >-
#     Add `database_flags { name = "skip_show_database" value = "on" }` to
#     the instance's `settings`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["6.1.2"]
#     NIST-800-53: ["CM-7"]
#   example: |
#     resource "google_sql_database_instance" "db" {
#       name             = "db"
#       database_version = "MYSQL_8_0"
#       settings {
#         tier = "db-custom-2-7680"
#         database_flags {
#           name  = "skip_show_database"
#           value = "off"
#         }
#       }
#     }
package verdict.terraform.gcp.sql_mysql_skip_show_database

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets the skip_show_database flag to %v", [v.resource.address, v.value]),
	"path": tf.attr_path(v.resource, v.keys),
	"resource": v.resource.address,
} if {
	some v in gcp.flag_set_wrong("MYSQL", "skip_show_database", {"on"})
}

deny contains {
	"msg": sprintf("Cloud SQL instance %s does not set the skip_show_database flag to on", [v.resource.address]),
	"path": tf.attr_path(v.resource, v.keys),
	"resource": v.resource.address,
} if {
	some v in gcp.flag_missing("MYSQL", "skip_show_database")
}
