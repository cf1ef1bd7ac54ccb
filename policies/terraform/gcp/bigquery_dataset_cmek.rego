# METADATA
# title: BigQuery dataset without a default customer-managed key
# description: >-
#   A `google_bigquery_dataset` without `default_encryption_configuration {
#   kms_key_name = … }` encrypts its tables with Google-managed keys, so you
#   cannot revoke access to the data by disabling a key, or prove key
#   custody and rotation for it.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#default_encryption_configuration
#   - https://cloud.google.com/bigquery/docs/customer-managed-encryption
# custom:
#   id: VD-TF-GCP-055
#   severity: low
#   remediation: >-
#     Add `default_encryption_configuration { kms_key_name =
#     google_kms_crypto_key.bq.id }` and grant the BigQuery service agent
#     `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["7.3"]
#     NIST-800-53: ["SC-12", "SC-28"]
#   example: |
#     resource "google_bigquery_dataset" "sales" {
#       dataset_id = "sales"
#       location   = "EU"
#     }
package verdict.terraform.gcp.bigquery_dataset_cmek

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("BigQuery dataset %s has no default customer-managed encryption key", [r.address]),
	"path": gcp.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("google_bigquery_dataset")
	keys := ["default_encryption_configuration", 0, "kms_key_name"]
	gcp.value(r, keys, "") == ""
}
