# METADATA
# title: Cloud SQL MySQL allows LOAD DATA LOCAL INFILE
# description: >-
#   The `local_infile` database flag set to `on` lets clients make the
#   server read files from the client host with `LOAD DATA LOCAL`, which a
#   malicious or compromised server (or an injected query) can use to read
#   arbitrary client files. Only an explicitly set flag is checked. Checked
#   on each `google_sql_database_instance` whose `database_version` is
#   MYSQL_*.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags
#   - https://cloud.google.com/sql/docs/mysql/flags
# custom:
#   id: VD-TF-GCP-025
#   severity: medium
#   remediation: >-
#     Add `database_flags { name = "local_infile" value = "off" }` to the
#     instance's `settings` (or remove the flag).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["6.1.3"]
#     NIST-800-53: ["CM-7"]
#   example: |
#     resource "google_sql_database_instance" "db" {
#       name             = "db"
#       database_version = "MYSQL_8_0"
#       settings {
#         tier = "db-custom-2-7680"
#         database_flags {
#           name  = "local_infile"
#           value = "on"
#         }
#       }
#     }
package verdict.terraform.gcp.sql_mysql_local_infile

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets the local_infile flag to %v", [v.resource.address, v.value]),
	"path": tf.attr_path(v.resource, v.keys),
	"resource": v.resource.address,
} if {
	some v in gcp.flag_set_wrong("MYSQL", "local_infile", {"off"})
}
