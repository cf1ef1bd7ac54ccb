# METADATA
# title: CloudTrail logs not encrypted with a KMS key
# description: >-
#   An `AWS::CloudTrail::Trail` without `KMSKeyId` stores its log files with
#   S3-managed keys only: anyone with read access to the bucket can read them,
#   with no separate key policy controlling (and logging) decryption.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-kmskeyid
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html
# custom:
#   id: VD-CFN-027
#   severity: medium
#   remediation: >-
#     Set `KMSKeyId: !Ref TrailKey` on the trail, with a key policy that lets
#     cloudtrail.amazonaws.com use the key (`kms:GenerateDataKey*`) and the
#     log readers decrypt.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["3.5"]
#     AWS-FSBP: ["CloudTrail.2"]
#     NIST-800-53: ["AU-9", "SC-28"]
#   example: |
#     Resources:
#       Trail:
#         Type: AWS::CloudTrail::Trail
#         Properties:
#           IsLogging: true
#           S3BucketName: audit-logs
package verdict.cloudformation.cloudtrail_kms

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("CloudTrail trail %q does not encrypt its logs with a KMS key", [r.name]),
	"path": p.prop_path(r, "KMSKeyId"),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::CloudTrail::Trail")
	p.absent(r.properties, "KMSKeyId")
}
