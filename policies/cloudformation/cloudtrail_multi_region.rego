# METADATA
# title: CloudTrail trail is not multi-region
# description: >-
#   An `AWS::CloudTrail::Trail` without `IsMultiRegionTrail: true` records API
#   activity in one region only, so activity in every other region (where an
#   attacker would go) is not logged. The property defaults to false.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-ismultiregiontrail
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html
# custom:
#   id: VD-CFN-008
#   severity: medium
#   remediation: >-
#     Set `IsMultiRegionTrail: true` (and `IncludeGlobalServiceEvents: true`)
#     on the trail.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["3.1"]
#     AWS-FSBP: ["CloudTrail.1"]
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     Resources:
#       Trail:
#         Type: AWS::CloudTrail::Trail
#         Properties:
#           IsLogging: true
#           S3BucketName: audit-logs
package verdict.cloudformation.cloudtrail_multi_region

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("CloudTrail trail %q is not multi-region", [r.name]),
	"path": finding_path(r),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::CloudTrail::Trail")
	cfn.never_true(r.properties, "IsMultiRegionTrail")
}

finding_path(r) := array.concat(r.path, ["IsMultiRegionTrail"]) if "IsMultiRegionTrail" in object.keys(r.properties)

else := r.path
