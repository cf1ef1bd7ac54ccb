# METADATA
# title: SNS topic not encrypted at rest
# description: >-
#   An `AWS::SNS::Topic` without `KmsMasterKeyId` stores published messages
#   unencrypted; SNS has no default server-side encryption.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-topic.html#cfn-sns-topic-kmsmasterkeyid
#   - https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html
# custom:
#   id: VD-CFN-046
#   severity: low
#   remediation: >-
#     Set `KmsMasterKeyId` to a KMS key (`alias/aws/sns` for the AWS managed
#     key, or a customer managed key whose policy lets the publishers use it).
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["SNS.1"]
#     NIST-800-53: ["SC-28"]
#   example: |
#     Resources:
#       Alerts:
#         Type: AWS::SNS::Topic
#         Properties:
#           TopicName: alerts
package verdict.cloudformation.sns_encryption

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("SNS topic %q is not encrypted at rest (no KmsMasterKeyId)", [r.name]),
	"path": p.prop_path(r, "KmsMasterKeyId"),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::SNS::Topic")
	p.absent(r.properties, "KmsMasterKeyId")
}
