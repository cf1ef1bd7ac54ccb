# METADATA
# title: DNSSEC key uses RSASHA1
# description: >-
#   A `google_dns_managed_zone` whose `dnssec_config` `default_key_specs`
#   choose `algorithm = "rsasha1"` for the key-signing or zone-signing key
#   signs the zone with SHA-1, which is deprecated for DNSSEC (RFC 8624) and
#   no longer trusted by some validating resolvers.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_managed_zone#default_key_specs
#   - https://cloud.google.com/dns/docs/dnssec-advanced#algorithms
# custom:
#   id: VD-TF-GCP-039
#   severity: medium
#   remediation: >-
#     Use `algorithm = "rsasha256"` (or `ecdsap256sha256`) in the zone's
#     `default_key_specs`, or omit them to get the Cloud DNS defaults.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["3.4", "3.5"]
#     NIST-800-53: ["SC-13", "SC-20"]
#   example: |
#     resource "google_dns_managed_zone" "public" {
#       name     = "example"
#       dns_name = "example.com."
#       dnssec_config {
#         state = "on"
#         default_key_specs {
#           algorithm  = "rsasha1"
#           key_length = 2048
#           key_type   = "keySigning"
#         }
#       }
#     }
package verdict.terraform.gcp.dns_dnssec_rsasha1

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("DNS zone %s signs with RSASHA1 (%v key)", [r.address, object.get(spec, "key_type", "")]),
	"path": tf.attr_path(r, ["dnssec_config", i, "default_key_specs", j, "algorithm"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_dns_managed_zone")
	some i, c in tc.blocks(r.config, "dnssec_config")
	some j, spec in tc.blocks(c, "default_key_specs")
	is_string(spec.algorithm)
	lower(spec.algorithm) == "rsasha1"
}
