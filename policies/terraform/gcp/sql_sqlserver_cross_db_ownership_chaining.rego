# METADATA
# title: Cloud SQL SQL Server enables cross-database ownership chaining
# description: >-
#   The `cross db ownership chaining` database flag set to `on` lets a user
#   of one database reach objects of another through ownership chains,
#   bypassing the permissions of the second database. Only an explicitly set
#   flag is checked (the default is off). Checked on each
#   `google_sql_database_instance` whose `database_version` is SQLSERVER_*.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags
#   - https://cloud.google.com/sql/docs/sqlserver/flags
# custom:
#   id: VD-TF-GCP-027
#   severity: medium
#   remediation: >-
#     Add `database_flags { name = "cross db ownership chaining" value =
#     "off" }` to the instance's `settings` (or remove the flag).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["6.3.2"]
#     NIST-800-53: ["CM-7"]
#   example: |
#     resource "google_sql_database_instance" "db" {
#       name             = "db"
#       database_version = "SQLSERVER_2019_STANDARD"
#       settings {
#         tier = "db-custom-2-7680"
#         database_flags {
#           name  = "cross db ownership chaining"
#           value = "on"
#         }
#       }
#     }
package verdict.terraform.gcp.sql_sqlserver_cross_db_ownership_chaining

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets the cross db ownership chaining flag to %v", [v.resource.address, v.value]),
	"path": tf.attr_path(v.resource, v.keys),
	"resource": v.resource.address,
} if {
	some v in gcp.flag_set_wrong("SQLSERVER", "cross db ownership chaining", {"off"})
}
