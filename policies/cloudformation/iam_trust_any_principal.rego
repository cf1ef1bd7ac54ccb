# METADATA
# title: IAM role trust policy allows any principal
# description: >-
#   An `AWS::IAM::Role` whose `AssumeRolePolicyDocument` has an
#   `Effect: Allow` statement with `Principal: "*"` (or `Principal: {AWS:
#   "*"}`) and no `Condition` can be assumed by any AWS account and any
#   identity in the world that knows its ARN. Statements restricted by a
#   condition (for example `aws:PrincipalOrgID` or `sts:ExternalId`) are not
#   reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html#cfn-iam-role-assumerolepolicydocument
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
# custom:
#   id: VD-CFN-016
#   severity: critical
#   remediation: >-
#     Name the trusted principal (an account ARN, a role ARN or a service
#     such as `ec2.amazonaws.com`) instead of `*`, or add a `Condition` such
#     as `StringEquals: {aws:PrincipalOrgID: o-...}`.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     Resources:
#       Shared:
#         Type: AWS::IAM::Role
#         Properties:
#           AssumeRolePolicyDocument:
#             Statement:
#               - Effect: Allow
#                 Principal:
#                   AWS: "*"
#                 Action: sts:AssumeRole
package verdict.cloudformation.iam_trust_any_principal

import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("IAM role %q can be assumed by any principal", [x.resource]),
	"path": array.concat(x.path, ["Principal"]),
	"resource": x.resource,
} if {
	some x in p.public_statements({"AWS::IAM::Role"}, "AssumeRolePolicyDocument")
}
