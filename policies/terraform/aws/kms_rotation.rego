# METADATA
# title: KMS key rotation disabled
# description: >-
#   A symmetric encryption `aws_kms_key` with `enable_key_rotation` false or
#   unset (the default) keeps the same key material forever, so a leaked or
#   cryptanalysed key keeps decrypting new data. Asymmetric, HMAC and custom
#   key store keys, which AWS cannot rotate automatically, are not judged.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#enable_key_rotation
#   - https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
# custom:
#   id: VD-TF-AWS-015
#   severity: medium
#   remediation: >-
#     Set `enable_key_rotation = true` (optionally `rotation_period_in_days`)
#     on the key.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["3.6"]
#     NIST-800-53: ["SC-12"]
#     PCI-DSS-4.0: ["3.7.4"]
#   example: |
#     resource "aws_kms_key" "data" {
#       description = "data"
#     }
package verdict.terraform.aws.kms_rotation

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("KMS key %q does not rotate its key material (enable_key_rotation is not true)", [r.address]),
	"path": aws.arg_path(r, ["enable_key_rotation"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_kms_key")
	aws.value(r, ["customer_master_key_spec"], "SYMMETRIC_DEFAULT") == "SYMMETRIC_DEFAULT"
	aws.value(r, ["custom_key_store_id"], "") == ""
	v := aws.value(r, ["enable_key_rotation"], false)
	aws.is_false(v)
}
