# METADATA
# title: CloudTrail not integrated with CloudWatch Logs
# description: >-
#   An `aws_cloudtrail` without `cloud_watch_logs_group_arn` delivers its
#   events to S3 only: no metric filter or alarm can react to root sign-ins,
#   policy changes or console logins without MFA as they happen.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#cloud_watch_logs_group_arn
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html
# custom:
#   id: VD-TF-AWS-050
#   severity: low
#   remediation: >-
#     Set `cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"`
#     and `cloud_watch_logs_role_arn` (a role cloudtrail.amazonaws.com can
#     assume to write to the group).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["CloudTrail.5"]
#     NIST-800-53: ["AU-6", "SI-4"]
#     PCI-DSS-4.0: ["10.4.1"]
#   example: |
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#     }
package verdict.terraform.aws.cloudtrail_cloudwatch_logs

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("CloudTrail trail %q does not send its events to CloudWatch Logs (no cloud_watch_logs_group_arn)", [r.address]),
	"path": aws.arg_path(r, ["cloud_watch_logs_group_arn"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudtrail")
	aws.value(r, ["cloud_watch_logs_group_arn"], "") == ""
}
