# METADATA
# title: Pub/Sub topic without a customer-managed key
# description: >-
#   A `google_pubsub_topic` without `kms_key_name` encrypts its messages with
#   Google-managed keys, so access to retained messages cannot be revoked by
#   disabling a key and key custody cannot be shown.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/pubsub_topic#kms_key_name
#   - https://cloud.google.com/pubsub/docs/encryption
# custom:
#   id: VD-TF-GCP-058
#   severity: low
#   remediation: >-
#     Set `kms_key_name = google_kms_crypto_key.pubsub.id` and grant the Pub/Sub
#     service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-12", "SC-28"]
#   example: |
#     resource "google_pubsub_topic" "events" {
#       name = "events"
#     }
package verdict.terraform.gcp.pubsub_topic_cmek

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("Pub/Sub topic %s has no customer-managed encryption key", [r.address]),
	"path": gcp.arg_path(r, ["kms_key_name"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_pubsub_topic")
	gcp.value(r, ["kms_key_name"], "") == ""
}
