# METADATA
# title: SNS topic not encrypted at rest
# description: >-
#   An `aws_sns_topic` without `kms_master_key_id` stores published messages
#   unencrypted; SNS has no default server-side encryption.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic#kms_master_key_id
#   - https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html
# custom:
#   id: VD-TF-AWS-023
#   severity: low
#   remediation: >-
#     Set `kms_master_key_id` to a KMS key (`"alias/aws/sns"` for the AWS
#     managed key, or a customer managed key whose policy lets publishers use
#     it).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["SNS.1"]
#     NIST-800-53: ["SC-28"]
#   example: |
#     resource "aws_sns_topic" "alerts" {
#       name = "alerts"
#     }
package verdict.terraform.aws.sns_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("SNS topic %q is not encrypted at rest (no kms_master_key_id)", [r.address]),
	"path": aws.arg_path(r, ["kms_master_key_id"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_sns_topic")
	aws.value(r, ["kms_master_key_id"], "") == ""
}
