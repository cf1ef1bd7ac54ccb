# METADATA
# title: Cloud SQL instance without automated backups
# description: >-
#   A `google_sql_database_instance` whose `settings` have no
#   `backup_configuration { enabled = true }` takes no automated backups, so
#   data lost to a bad migration, a deletion or corruption cannot be restored
#   (and point-in-time recovery is impossible). The provider default is
#   disabled. Read replicas (`master_instance_name` set), which cannot take
#   backups, are not checked.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#backup_configuration
#   - https://cloud.google.com/sql/docs/postgres/backup-recovery/backups
# custom:
#   id: VD-TF-GCP-019
#   severity: medium
#   remediation: >-
#     Add `backup_configuration { enabled = true }` to `settings` (with
#     `point_in_time_recovery_enabled = true` for PostgreSQL, or
#     `binary_log_enabled = true` for MySQL).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["6.7"]
#     NIST-800-53: ["CP-9"]
#   example: |
#     resource "google_sql_database_instance" "db" {
#       name             = "db"
#       database_version = "POSTGRES_15"
#       settings {
#         tier = "db-custom-2-7680"
#       }
#     }
package verdict.terraform.gcp.sql_backups

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("Cloud SQL instance %s does not enable automated backups", [r.address]),
	"path": gcp.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("google_sql_database_instance")
	tc.off(r.config, "master_instance_name")
	some i, _ in tc.blocks(r.config, "settings")
	keys := ["settings", i, "backup_configuration", 0, "enabled"]
	enabled := gcp.value(r, keys, false)
	not tc.is_true(enabled)
}
