# METADATA
# title: IAM policy allows iam:PassRole on all resources
# description: >-
#   `iam:PassRole` on `Resource: "*"` lets the principal hand any role of the
#   account, administrator roles included, to a service it controls (an EC2
#   instance, a Lambda function, a CloudFormation stack) and act with that
#   role's permissions: a classic privilege escalation. Reported for Allow
#   statements of identity-based IAM policy documents (policy resources
#   and inline `Policies` of roles, users and groups) whose actions include `iam:PassRole`
#   or a pattern such as `iam:Pass*` (`iam:*` and `*` are reported by
#   VD-CFN-013 and VD-CFN-007).
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html
# custom:
#   id: VD-CFN-014
#   severity: high
#   remediation: >-
#     Scope `Resource` to the ARNs of the roles the principal must pass and
#     add an `iam:PassedToService` condition naming the service.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["AC-6"]
#   example: |
#     Resources:
#       Deployer:
#         Type: AWS::IAM::Policy
#         Properties:
#           PolicyName: deployer
#           Roles: [!Ref DeployRole]
#           PolicyDocument:
#             Statement:
#               - Effect: Allow
#                 Action: ["ec2:RunInstances", "iam:PassRole"]
#                 Resource: "*"
package verdict.cloudformation.iam_passrole_wildcard

import data.verdict.lib.cloudformation_platform as p
import data.verdict.lib.cloudformation_platform_sets as sets
import rego.v1

deny contains {
	"msg": sprintf("IAM policy in %q allows iam:PassRole on Resource \"*\"", [d.resource]),
	"path": x.path,
	"resource": d.resource,
} if {
	some d in sets.identity_policies
	some x in p.statements(d.document, d.path)
	p.allows(x.statement)
	"*" in p.values(x.statement.Resource)
	some a in p.values(x.statement.Action)
	passrole(a)
}

passrole(a) if {
	is_string(a)
	pattern := lower(a)
	not pattern in {"*", "iam:*"}
	glob.match(pattern, [], "iam:passrole")
}
