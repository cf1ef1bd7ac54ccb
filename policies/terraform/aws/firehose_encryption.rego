# METADATA
# title: Firehose delivery stream without server-side encryption
# description: >-
#   A Direct PUT `aws_kinesis_firehose_delivery_stream` without
#   `server_side_encryption { enabled = true }` (off by default) buffers records
#   unencrypted before delivering them. Streams reading from a Kinesis data
#   stream or an MSK cluster (`kinesis_source_configuration`,
#   `msk_source_configuration`), whose encryption is the source's, are not
#   judged. Reported at `enabled`, else the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_firehose_delivery_stream#server_side_encryption
#   - https://docs.aws.amazon.com/firehose/latest/dev/encryption.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/datafirehose-controls.html#datafirehose-1
# custom:
#   id: VD-TF-AWS-109
#   severity: medium
#   remediation: >-
#     Add `server_side_encryption { enabled = true, key_type =
#     "CUSTOMER_MANAGED_CMK", key_arn = aws_kms_key.<name>.arn }` (or `key_type
#     = "AWS_OWNED_CMK"`).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-28"]
#   example: |
#     resource "aws_kinesis_firehose_delivery_stream" "events" {
#       name        = "events"
#       destination = "extended_s3"
#       extended_s3_configuration {
#         role_arn   = aws_iam_role.firehose.arn
#         bucket_arn = aws_s3_bucket.events.arn
#       }
#     }
package verdict.terraform.aws.firehose_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["server_side_encryption", 0, "enabled"]

deny contains {
	"msg": sprintf("%s does not encrypt buffered records (server_side_encryption is not enabled)", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_kinesis_firehose_delivery_stream")
	not sourced(r)
	v := aws.value(r, keys, false)
	aws.is_false(v)
}

sourced(r) if aws.has_block(r, "kinesis_source_configuration")

sourced(r) if aws.has_block(r, "msk_source_configuration")
