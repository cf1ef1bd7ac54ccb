# METADATA
# title: Public Cloud DNS zone without DNSSEC
# description: >-
#   A public `google_dns_managed_zone` (`visibility` absent or "public")
#   without `dnssec_config { state = "on" }` serves unsigned records, so
#   resolvers cannot detect spoofed or cache-poisoned answers for the
#   domain. Private zones are not checked.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_managed_zone#dnssec_config
#   - https://cloud.google.com/dns/docs/dnssec-config
# custom:
#   id: VD-TF-GCP-038
#   severity: medium
#   remediation: >-
#     Add `dnssec_config { state = "on" }` to the zone and publish the DS
#     record at the registrar.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["3.3"]
#     NIST-800-53: ["SC-20"]
#   example: |
#     resource "google_dns_managed_zone" "public" {
#       name     = "example"
#       dns_name = "example.com."
#     }
package verdict.terraform.gcp.dns_dnssec

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("DNS zone %s does not enable DNSSEC", [r.address]),
	"path": gcp.arg_path(r, ["dnssec_config", 0, "state"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_dns_managed_zone")
	lower(gcp.value(r, ["visibility"], "public")) == "public"
	state := gcp.value(r, ["dnssec_config", 0, "state"], "off")
	not lower(state) in {"on", "transfer"}
}
