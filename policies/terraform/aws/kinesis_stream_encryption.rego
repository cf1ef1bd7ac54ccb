# METADATA
# title: Kinesis data stream not encrypted at rest
# description: >-
#   An `aws_kinesis_stream` with `encryption_type` `NONE` or unset (the default)
#   keeps its records unencrypted on the stream's storage for the whole
#   retention period. Reported at `encryption_type`, else the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream#encryption_type
#   - https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/kinesis-controls.html#kinesis-1
# custom:
#   id: VD-TF-AWS-108
#   severity: medium
#   remediation: >-
#     Set `encryption_type = "KMS"` and `kms_key_id` (`"alias/aws/kinesis"` or a
#     customer managed key).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["Kinesis.1"]
#     NIST-800-53: ["SC-28"]
#   example: |
#     resource "aws_kinesis_stream" "events" {
#       name             = "events"
#       retention_period = 24
#     }
package verdict.terraform.aws.kinesis_stream_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["encryption_type"]

deny contains {
	"msg": sprintf("%s is not encrypted at rest (encryption_type is not KMS)", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_kinesis_stream")
	v := aws.value(r, keys, "NONE")
	v == "NONE"
}
