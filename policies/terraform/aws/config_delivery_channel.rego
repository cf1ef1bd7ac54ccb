# METADATA
# title: AWS Config recorder without a delivery channel
# description: >-
#   The module declares an `aws_config_configuration_recorder` but no
#   `aws_config_delivery_channel`: AWS Config cannot start recording without
#   one, and keeps no configuration snapshots or history files in S3.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_delivery_channel
#   - https://docs.aws.amazon.com/config/latest/developerguide/manage-delivery-channel.html
# custom:
#   id: VD-TF-AWS-057
#   severity: low
#   remediation: >-
#     Add `resource "aws_config_delivery_channel" "main" { s3_bucket_name =
#     aws_s3_bucket.config.bucket, depends_on =
#     [aws_config_configuration_recorder.main] }` (optionally an
#     `sns_topic_arn` and `snapshot_delivery_properties`).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["3.3"]
#     NIST-800-53: ["CM-8", "AU-9"]
#   example: |
#     resource "aws_config_configuration_recorder" "main" {
#       role_arn = aws_iam_role.config.arn
#     }
package verdict.terraform.aws.config_delivery_channel

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("Config recorder %s has no delivery channel in its module", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.of_type("aws_config_configuration_recorder")
	not has_channel(aws.module_of(r))
}

has_channel(module) if {
	some c in tf.of_type("aws_config_delivery_channel")
	aws.module_of(c) == module
}
