# METADATA
# title: CloudTrail trail has logging turned off
# description: >-
#   An `AWS::CloudTrail::Trail` with `IsLogging: false` exists but records
#   nothing: API activity in the account goes unlogged while the trail gives
#   the impression of an audit trail. Only an explicit false (or a parameter
#   defaulting to it) is reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-islogging
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-a-trail-using-the-console-first-time.html
# custom:
#   id: VD-CFN-030
#   severity: high
#   remediation: >-
#     Set `IsLogging: true` on the trail.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["3.1"]
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     Resources:
#       Trail:
#         Type: AWS::CloudTrail::Trail
#         Properties:
#           IsLogging: false
#           S3BucketName: audit-logs
package verdict.cloudformation.cloudtrail_logging_disabled

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("CloudTrail trail %q has IsLogging: false", [r.name]),
	"path": array.concat(r.path, ["IsLogging"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::CloudTrail::Trail")
	p.always_false(r.properties, "IsLogging")
}
