# METADATA
# title: SQS queue server-side encryption disabled
# description: >-
#   An `AWS::SQS::Queue` with `SqsManagedSseEnabled: false` and no
#   `KmsMasterKeyId` stores its messages unencrypted. (Queues that set
#   neither get SSE-SQS by default and pass.)
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sqs-queue.html#cfn-sqs-queue-sqsmanagedsseenabled
#   - https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html
# custom:
#   id: VD-CFN-047
#   severity: medium
#   remediation: >-
#     Remove `SqsManagedSseEnabled: false` (SSE-SQS is the default) or set
#     `KmsMasterKeyId` to a KMS key.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["SQS.1"]
#     NIST-800-53: ["SC-28"]
#   example: |
#     Resources:
#       Jobs:
#         Type: AWS::SQS::Queue
#         Properties:
#           SqsManagedSseEnabled: false
package verdict.cloudformation.sqs_encryption

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("SQS queue %q is not encrypted at rest (SqsManagedSseEnabled: false and no KmsMasterKeyId)", [r.name]),
	"path": array.concat(r.path, ["SqsManagedSseEnabled"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::SQS::Queue")
	p.always_false(r.properties, "SqsManagedSseEnabled")
	p.absent(r.properties, "KmsMasterKeyId")
}
