# METADATA
# title: IAM policy attached directly to a user
# description: >-
#   An `AWS::IAM::User` with inline `Policies` or `ManagedPolicyArns`, an
#   `AWS::IAM::Policy` / `AWS::IAM::ManagedPolicy` listing `Users`, or an
#   `AWS::IAM::UserPolicy` (an inline policy of one user) grants
#   permissions to individual IAM users. Granting them through groups (or
#   roles) keeps access reviewable and is revoked with group membership.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-user.html
# custom:
#   id: VD-CFN-018
#   severity: low
#   remediation: >-
#     Move the policy to an `AWS::IAM::Group` (its `Policies` or
#     `ManagedPolicyArns`, or the policy's `Groups`) and add the user to the
#     group with the user's `Groups` property, or use roles.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["1.15"]
#     AWS-FSBP: ["IAM.2"]
#     NIST-800-53: ["AC-2", "AC-6"]
#   example: |
#     Resources:
#       Deployer:
#         Type: AWS::IAM::User
#         Properties:
#           ManagedPolicyArns:
#             - arn:aws:iam::aws:policy/PowerUserAccess
package verdict.cloudformation.iam_user_policy

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("IAM user %q has policies attached directly (%s)", [r.name, key]),
	"path": array.concat(r.path, [key]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::IAM::User")
	some key in ["Policies", "ManagedPolicyArns"]
	non_empty(r.properties, key)
}

deny contains {
	"msg": sprintf("IAM policy %q is attached directly to users", [r.name]),
	"path": array.concat(r.path, ["Users"]),
	"resource": r.name,
} if {
	some r in cfn.resources
	r.type in {"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"}
	non_empty(r.properties, "Users")
}

non_empty(props, key) if {
	v := cfn.value(props[key])
	is_array(v)
	count(v) > 0
}

deny contains {
	"msg": sprintf("IAM user policy %q is attached directly to a user", [r.name]),
	"path": p.prop_path(r, "UserName"),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::IAM::UserPolicy")
}
