# METADATA
# title: CloudWatch log group retains logs for less than a year
# description: >-
#   An `AWS::Logs::LogGroup` with `RetentionInDays` below
#   `data.verdict.config.log_retention_days` (default 365) deletes its events
#   before most investigations and audits need them: intrusions are often
#   found months later. A log group without `RetentionInDays` keeps events
#   forever and is not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-loggroup.html#cfn-logs-loggroup-retentionindays
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-16
# custom:
#   id: VD-CFN-031
#   severity: low
#   remediation: >-
#     Set `RetentionInDays: 365` (or longer, e.g. 400 or 731), or archive the
#     logs to S3 with a lifecycle policy before they expire.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["AU-11"]
#     PCI-DSS-4.0: ["10.5.1"]
#   example: |
#     Resources:
#       AppLogs:
#         Type: AWS::Logs::LogGroup
#         Properties:
#           RetentionInDays: 7
package verdict.cloudformation.log_group_retention

import data.verdict.lib.cloudformation as cfn
import rego.v1

minimum := cfn.config("log_retention_days", 365)

deny contains {
	"msg": sprintf("log group %q keeps events for %v days (less than %v)", [r.name, days, minimum]),
	"path": array.concat(r.path, ["RetentionInDays"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::Logs::LogGroup")
	days := cfn.port(cfn.value(r.properties.RetentionInDays))
	days < minimum
}
