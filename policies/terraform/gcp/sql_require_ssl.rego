# METADATA
# title: Cloud SQL instance does not require SSL/TLS
# description: >-
#   A `google_sql_database_instance` whose `ip_configuration` neither sets
#   `ssl_mode = "ENCRYPTED_ONLY"` / `"TRUSTED_CLIENT_CERTIFICATE_REQUIRED"` nor
#   (before provider 6.x) `require_ssl = true` accepts unencrypted database
#   connections, exposing credentials and data in transit. An instance with
#   no `ip_configuration` gets the default, which allows unencrypted
#   connections. Values that are variables are not evaluated.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ssl_mode
#   - https://cloud.google.com/sql/docs/postgres/configure-ssl-instance
# custom:
#   id: VD-TF-GCP-006
#   severity: medium
#   remediation: >-
#     Set `ssl_mode = "ENCRYPTED_ONLY"` (or
#     `"TRUSTED_CLIENT_CERTIFICATE_REQUIRED"`) in
#     `settings { ip_configuration { … } }`; on provider versions before 5.x
#     use `require_ssl = true`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["6.4"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "google_sql_database_instance" "main" {
#       name             = "main"
#       database_version = "MYSQL_8_0"
#       settings {
#         tier = "db-f1-micro"
#         ip_configuration {
#           ssl_mode = "ALLOW_UNENCRYPTED_AND_ENCRYPTED"
#         }
#       }
#     }
package verdict.terraform.gcp.sql_require_ssl

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("Cloud SQL instance %s does not require SSL/TLS connections", [r.address]),
	"path": tf.attr_path(r, ["settings", i, "ip_configuration", j]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_sql_database_instance")
	some i, settings in tc.blocks(r.config, "settings")
	some j, ip in tc.blocks(settings, "ip_configuration")
	not enforced(ip)
	not undecided(ip)
}

# No ip_configuration block: the defaults accept unencrypted connections.
deny contains {
	"msg": sprintf("Cloud SQL instance %s does not require SSL/TLS connections (no ip_configuration)", [r.address]),
	"path": tf.attr_path(r, ["settings", i]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_sql_database_instance")
	some i, settings in tc.blocks(r.config, "settings")
	count(tc.blocks(settings, "ip_configuration")) == 0
	not tc.dynamic_block(settings, "ip_configuration")
}

enforced(ip) if ip.ssl_mode in {"ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}

enforced(ip) if tc.is_true(ip.require_ssl)

undecided(ip) if tf.unknown(ip.ssl_mode)

undecided(ip) if tf.unknown(ip.require_ssl)
