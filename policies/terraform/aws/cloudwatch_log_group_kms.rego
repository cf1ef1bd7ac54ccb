# METADATA
# title: CloudWatch log group not encrypted with a KMS key
# description: >-
#   An `aws_cloudwatch_log_group` without `kms_key_id` is encrypted with a
#   key CloudWatch Logs owns: no key policy of yours decides who can read
#   the logs (which often carry tokens, personal data and request bodies),
#   and access cannot be cut off by disabling the key.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#kms_key_id
#   - https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
# custom:
#   id: VD-TF-AWS-053
#   severity: low
#   remediation: >-
#     Set `kms_key_id = aws_kms_key.logs.arn`, with a key policy allowing
#     `logs.<region>.amazonaws.com` to use the key.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AU-9", "SC-28"]
#   example: |
#     resource "aws_cloudwatch_log_group" "app" {
#       name              = "/app/api"
#       retention_in_days = 365
#     }
package verdict.terraform.aws.cloudwatch_log_group_kms

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("log group %s is not encrypted with a customer managed KMS key (no kms_key_id)", [r.address]),
	"path": aws.arg_path(r, ["kms_key_id"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudwatch_log_group")
	aws.value(r, ["kms_key_id"], "") == ""
}
