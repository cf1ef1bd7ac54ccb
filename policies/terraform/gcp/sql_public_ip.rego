# METADATA
# title: Cloud SQL instance has a public IP address
# description: >-
#   A `google_sql_database_instance` whose `ip_configuration` does not set
#   `ipv4_enabled = false` (the provider default is true, also when the block
#   is absent) gets a public IPv4 address: the database listens on the
#   Internet, guarded only by authorized networks and passwords. Use private
#   IP (`private_network`) or Private Service Connect instead.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ipv4_enabled
#   - https://cloud.google.com/sql/docs/postgres/configure-private-ip
# custom:
#   id: VD-TF-GCP-020
#   severity: medium
#   remediation: >-
#     Set `ipv4_enabled = false` and `private_network = <VPC self link>` in
#     `settings { ip_configuration { … } }`; connect through the Cloud SQL Auth
#     Proxy over private IP.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["6.6"]
#     NIST-800-53: ["SC-7"]
#     PCI-DSS-4.0: ["1.4.1"]
#   example: |
#     resource "google_sql_database_instance" "db" {
#       name             = "db"
#       database_version = "POSTGRES_15"
#       settings {
#         tier = "db-custom-2-7680"
#         ip_configuration {
#           ipv4_enabled = true
#         }
#       }
#     }
package verdict.terraform.gcp.sql_public_ip

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("Cloud SQL instance %s has a public IP address", [r.address]),
	"path": gcp.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("google_sql_database_instance")
	some i, _ in tc.blocks(r.config, "settings")
	keys := ["settings", i, "ip_configuration", 0, "ipv4_enabled"]
	enabled := gcp.value(r, keys, true)
	not tc.is_false(enabled)
}
