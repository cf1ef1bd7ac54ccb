# METADATA
# title: Load balancer SSL policy allows weak TLS
# description: >-
#   A `google_compute_ssl_policy` (or `google_compute_region_ssl_policy`)
#   with `min_tls_version` below TLS_1_2 (the default is TLS_1_0), with the
#   COMPATIBLE `profile` (the default, which keeps CBC and 3DES suites), or a
#   CUSTOM profile enabling CBC, 3DES or static-RSA suites, lets clients
#   negotiate protocol versions and ciphers with known weaknesses.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_ssl_policy
#   - https://cloud.google.com/load-balancing/docs/ssl-policies-concepts
# custom:
#   id: VD-TF-GCP-040
#   severity: medium
#   remediation: >-
#     Set `min_tls_version = "TLS_1_2"` and `profile = "MODERN"` (or
#     `"RESTRICTED"`), or a CUSTOM profile with only ECDHE AEAD suites.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["3.9"]
#     NIST-800-53: ["SC-8", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "google_compute_ssl_policy" "lb" {
#       name            = "lb"
#       profile         = "MODERN"
#       min_tls_version = "TLS_1_0"
#     }
package verdict.terraform.gcp.ssl_policy_weak

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

types := {"google_compute_ssl_policy", "google_compute_region_ssl_policy"}

deny contains {
	"msg": sprintf("SSL policy %s allows %s", [r.address, version]),
	"path": gcp.arg_path(r, ["min_tls_version"]),
	"resource": r.address,
} if {
	some r in policies
	version := gcp.value(r, ["min_tls_version"], "TLS_1_0")
	upper(version) in {"TLS_1_0", "TLS_1_1"}
}

deny contains {
	"msg": sprintf("SSL policy %s uses the COMPATIBLE profile, which allows weak ciphers", [r.address]),
	"path": gcp.arg_path(r, ["profile"]),
	"resource": r.address,
} if {
	some r in policies
	upper(gcp.value(r, ["profile"], "COMPATIBLE")) == "COMPATIBLE"
}

deny contains {
	"msg": sprintf("SSL policy %s enables the weak cipher suite %s", [r.address, feature]),
	"path": tf.attr_path(r, ["custom_features", i]),
	"resource": r.address,
} if {
	some r in policies
	upper(gcp.value(r, ["profile"], "COMPATIBLE")) == "CUSTOM"
	is_array(r.config.custom_features)
	some i, feature in r.config.custom_features
	is_string(feature)
	weak(feature)
}

policies contains r if {
	some r in tf.resources
	r.type in types
}

weak(feature) if contains(feature, "_CBC_")

weak(feature) if contains(feature, "3DES")

weak(feature) if startswith(feature, "TLS_RSA_")
