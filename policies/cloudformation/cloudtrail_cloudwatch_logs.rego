# METADATA
# title: CloudTrail trail not integrated with CloudWatch Logs
# description: >-
#   An `AWS::CloudTrail::Trail` without `CloudWatchLogsLogGroupArn` delivers
#   its events to S3 only, so no metric filter or alarm can react in near real
#   time to root logins, policy changes or disabled logging.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-cloudwatchlogsloggrouparn
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html
# custom:
#   id: VD-CFN-028
#   severity: low
#   remediation: >-
#     Set `CloudWatchLogsLogGroupArn: !GetAtt TrailLogGroup.Arn` and
#     `CloudWatchLogsRoleArn` (a role that cloudtrail.amazonaws.com can
#     assume with `logs:CreateLogStream` and `logs:PutLogEvents`), then add
#     metric filters and alarms for the events that matter.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["CloudTrail.5"]
#     NIST-800-53: ["AU-6", "SI-4"]
#   example: |
#     Resources:
#       Trail:
#         Type: AWS::CloudTrail::Trail
#         Properties:
#           IsLogging: true
#           S3BucketName: audit-logs
package verdict.cloudformation.cloudtrail_cloudwatch_logs

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("CloudTrail trail %q does not send its events to CloudWatch Logs", [r.name]),
	"path": p.prop_path(r, "CloudWatchLogsLogGroupArn"),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::CloudTrail::Trail")
	p.absent(r.properties, "CloudWatchLogsLogGroupArn")
}
