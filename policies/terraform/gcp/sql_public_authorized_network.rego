# METADATA
# title: Cloud SQL instance authorizes connections from any address
# description: >-
#   An `authorized_networks` entry with `value = "0.0.0.0/0"` in the
#   `ip_configuration` of a `google_sql_database_instance` lets the whole
#   Internet connect to the database's public IP, leaving only the database
#   password between an attacker and the data.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#authorized_networks
#   - https://cloud.google.com/sql/docs/mysql/authorize-networks
# custom:
#   id: VD-TF-GCP-005
#   severity: critical
#   remediation: >-
#     Replace the `0.0.0.0/0` authorized network with the specific CIDRs that
#     need access, or set `ipv4_enabled = false` and connect over private IP
#     or the Cloud SQL Auth Proxy.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["6.5"]
#     NIST-800-53: ["AC-4", "SC-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     resource "google_sql_database_instance" "main" {
#       name             = "main"
#       database_version = "POSTGRES_15"
#       settings {
#         tier = "db-f1-micro"
#         ip_configuration {
#           authorized_networks {
#             name  = "anyone"
#             value = "0.0.0.0/0"
#           }
#         }
#       }
#     }
package verdict.terraform.gcp.sql_public_authorized_network

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("Cloud SQL instance %s authorizes %s", [r.address, net.value]),
	"path": tf.attr_path(r, ["settings", i, "ip_configuration", j, "authorized_networks", k, "value"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_sql_database_instance")
	some i, settings in tc.blocks(r.config, "settings")
	some j, ip in tc.blocks(settings, "ip_configuration")
	# Without a public IP the list does not apply. (`off`-style helper: OPA
	# makes `not f(x.missing)` undefined.)
	not public_ip_disabled(ip)
	some k, net in tc.blocks(ip, "authorized_networks")
	net.value in {"0.0.0.0/0", "::/0"}
}

public_ip_disabled(ip) if tc.is_false(ip.ipv4_enabled)
