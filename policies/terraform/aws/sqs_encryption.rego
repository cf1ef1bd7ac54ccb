# METADATA
# title: SQS queue server-side encryption disabled
# description: >-
#   An `aws_sqs_queue` with `sqs_managed_sse_enabled = false` and no
#   `kms_master_key_id` stores its messages unencrypted. (Queues that set
#   neither get SSE-SQS by default and pass.)
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue#sqs_managed_sse_enabled
#   - https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html
# custom:
#   id: VD-TF-AWS-022
#   severity: medium
#   remediation: >-
#     Remove `sqs_managed_sse_enabled = false` (SSE-SQS is the default) or set
#     `kms_master_key_id` to a KMS key.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["SQS.1"]
#     NIST-800-53: ["SC-28"]
#   example: |
#     resource "aws_sqs_queue" "jobs" {
#       name                    = "jobs"
#       sqs_managed_sse_enabled = false
#     }
package verdict.terraform.aws.sqs_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("SQS queue %q is not encrypted at rest (sqs_managed_sse_enabled = false and no kms_master_key_id)", [r.address]),
	"path": tf.attr_path(r, ["sqs_managed_sse_enabled"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_sqs_queue")
	aws.is_false(r.config.sqs_managed_sse_enabled)
	aws.value(r, ["kms_master_key_id"], "") == ""
}
