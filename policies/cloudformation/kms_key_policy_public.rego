# METADATA
# title: KMS key policy allows any principal
# description: >-
#   An `AWS::KMS::Key` whose `KeyPolicy` has an `Effect: Allow` statement with
#   `Principal: "*"` (or `{AWS: "*"}`) and no `Condition` lets every AWS
#   account use (or administer) the key, and so decrypt whatever it
#   protects. Statements limited by a condition (`kms:CallerAccount`,
#   `kms:ViaService`, `aws:PrincipalOrgID`, ...) are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-key.html#cfn-kms-key-keypolicy
#   - https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html
# custom:
#   id: VD-CFN-034
#   severity: critical
#   remediation: >-
#     Name the principals (`AWS: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:root"`,
#     specific roles, or a service), or add a condition such as
#     `StringEquals: {kms:CallerAccount: !Ref AWS::AccountId}`.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["AC-3", "SC-12"]
#   example: |
#     Resources:
#       Key:
#         Type: AWS::KMS::Key
#         Properties:
#           EnableKeyRotation: true
#           KeyPolicy:
#             Statement:
#               - Effect: Allow
#                 Principal: "*"
#                 Action: kms:*
#                 Resource: "*"
package verdict.cloudformation.kms_key_policy_public

import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("KMS key %q policy allows any principal without a condition", [x.resource]),
	"path": array.concat(x.path, ["Principal"]),
	"resource": x.resource,
} if {
	some x in p.public_statements({"AWS::KMS::Key"}, "KeyPolicy")
}
