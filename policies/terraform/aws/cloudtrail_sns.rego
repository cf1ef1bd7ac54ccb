# METADATA
# title: CloudTrail without an SNS notification topic
# description: >-
#   An `aws_cloudtrail` without `sns_topic_name` announces no log file
#   delivery, so a consumer (a SIEM, an alert on missing deliveries) cannot
#   notice that logs stopped arriving. Reported as a warning.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#sns_topic_name
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/configure-sns-notifications-for-cloudtrail.html
# custom:
#   id: VD-TF-AWS-052
#   severity: low
#   remediation: >-
#     Set `sns_topic_name = aws_sns_topic.trail.arn`, with a topic policy
#     allowing cloudtrail.amazonaws.com to publish.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AU-5"]
#   example: |
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#     }
package verdict.terraform.aws.cloudtrail_sns

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

warn contains {
	"msg": sprintf("CloudTrail trail %q publishes no log delivery notifications (no sns_topic_name)", [r.address]),
	"path": aws.arg_path(r, ["sns_topic_name"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudtrail")
	aws.value(r, ["sns_topic_name"], "") == ""
}
