# METADATA
# title: KMS symmetric key not rotated at least every 90 days
# description: >-
#   A `google_kms_crypto_key` for symmetric encryption (`purpose` absent or
#   ENCRYPT_DECRYPT) without a `rotation_period`, or with one longer than
#   `data.verdict.config.kms_max_rotation_days` (default 90), keeps encrypting
#   new data with the same key version indefinitely, widening the impact of a
#   key compromise. Asymmetric and MAC keys cannot rotate automatically and
#   are not checked.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key#rotation_period
#   - https://cloud.google.com/kms/docs/key-rotation
# custom:
#   id: VD-TF-GCP-016
#   severity: medium
#   remediation: >-
#     Set `rotation_period = "7776000s"` (90 days) or shorter on the key.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["1.10"]
#     NIST-800-53: ["SC-12"]
#     PCI-DSS-4.0: ["3.7.4"]
#   example: |
#     resource "google_kms_crypto_key" "data" {
#       name     = "data"
#       key_ring = google_kms_key_ring.main.id
#     }
package verdict.terraform.gcp.kms_key_rotation

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

max_days := tf.config("kms_max_rotation_days", 90)

deny contains {
	"msg": sprintf("KMS key %s has no rotation period", [r.address]),
	"path": gcp.arg_path(r, ["rotation_period"]),
	"resource": r.address,
} if {
	some r in symmetric_keys
	gcp.value(r, ["rotation_period"], "") == ""
}

deny contains {
	"msg": sprintf("KMS key %s rotates every %s, more than %d days", [r.address, period, max_days]),
	"path": tf.attr_path(r, ["rotation_period"]),
	"resource": r.address,
} if {
	some r in symmetric_keys
	period := gcp.value(r, ["rotation_period"], "")
	regex.match(`^[0-9]+(\.[0-9]+)?s$`, period)
	to_number(trim_suffix(period, "s")) > max_days * 86400
}

symmetric_keys contains r if {
	some r in tf.of_type("google_kms_crypto_key")
	gcp.value(r, ["purpose"], "ENCRYPT_DECRYPT") == "ENCRYPT_DECRYPT"
}
