# METADATA
# title: CloudTrail log file validation disabled
# description: >-
#   Without `EnableLogFileValidation: true` an `AWS::CloudTrail::Trail` writes
#   no signed digest files, so nobody can prove its log files were not
#   modified or deleted after delivery. The property defaults to false.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-enablelogfilevalidation
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html
# custom:
#   id: VD-CFN-009
#   severity: medium
#   remediation: >-
#     Set `EnableLogFileValidation: true` on the trail.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["3.2"]
#     AWS-FSBP: ["CloudTrail.4"]
#     NIST-800-53: ["AU-9"]
#     PCI-DSS-4.0: ["10.3.4"]
#   example: |
#     Resources:
#       Trail:
#         Type: AWS::CloudTrail::Trail
#         Properties:
#           IsLogging: true
#           IsMultiRegionTrail: true
#           S3BucketName: audit-logs
package verdict.cloudformation.cloudtrail_log_validation

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("CloudTrail trail %q does not enable log file validation", [r.name]),
	"path": finding_path(r),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::CloudTrail::Trail")
	cfn.never_true(r.properties, "EnableLogFileValidation")
}

finding_path(r) := array.concat(r.path, ["EnableLogFileValidation"]) if "EnableLogFileValidation" in object.keys(r.properties)

else := r.path
