# METADATA
# title: KMS key or key ring accessible to allUsers
# description: >-
#   A `google_kms_crypto_key_iam_member`/`_binding` or
#   `google_kms_key_ring_iam_member`/`_binding` granting a role to `allUsers`
#   or `allAuthenticatedUsers` lets anyone use (or manage) the keys that
#   protect your data.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_kms_crypto_key_iam
#   - https://cloud.google.com/kms/docs/iam
# custom:
#   id: VD-TF-GCP-017
#   severity: critical
#   remediation: >-
#     Remove the `allUsers`/`allAuthenticatedUsers` member and grant the
#     Cloud KMS role to the service accounts that use the key.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["1.9"]
#     NIST-800-53: ["AC-3", "SC-12"]
#   example: |
#     resource "google_kms_crypto_key_iam_member" "public" {
#       crypto_key_id = google_kms_crypto_key.data.id
#       role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
#       member        = "allUsers"
#     }
package verdict.terraform.gcp.kms_key_public

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import data.verdict.lib.terraform_gcp_sets as gset
import rego.v1

types := {
	"google_kms_crypto_key_iam_member", "google_kms_crypto_key_iam_binding",
	"google_kms_key_ring_iam_member", "google_kms_key_ring_iam_binding",
}

deny contains {
	"msg": sprintf("%s grants %s on a KMS key to %s", [g.resource.address, g.role, g.member]),
	"path": tf.attr_path(g.resource, g.keys),
	"resource": g.resource.address,
} if {
	some g in gset.grants
	g.resource.type in types
	g.member in gset.public_members
}
