# METADATA
# title: IAM role trusts GitHub Actions OIDC without restricting the subject
# description: >-
#   An `AWS::IAM::Role` that trusts the GitHub Actions OIDC provider
#   (`token.actions.githubusercontent.com`, as a `Federated` principal or
#   through an `AWS::IAM::OIDCProvider` of the template) without a condition
#   on `token.actions.githubusercontent.com:sub` can be assumed by a workflow
#   of any repository on GitHub, not only yours. A `sub` condition whose only
#   values are `*` or `repo:*...` (any repository) counts as none.
# related_resources:
#   - https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub
# custom:
#   id: VD-CFN-017
#   severity: high
#   remediation: >-
#     Add `Condition: {StringLike: {"token.actions.githubusercontent.com:sub":
#     "repo:<org>/<repo>:ref:refs/heads/main"}}` (and `StringEquals` on
#     `token.actions.githubusercontent.com:aud: sts.amazonaws.com`) to the
#     trust statement.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["AC-3", "IA-8"]
#   example: |
#     Resources:
#       Deploy:
#         Type: AWS::IAM::Role
#         Properties:
#           AssumeRolePolicyDocument:
#             Statement:
#               - Effect: Allow
#                 Action: sts:AssumeRoleWithWebIdentity
#                 Principal:
#                   Federated: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com
#                 Condition:
#                   StringEquals:
#                     token.actions.githubusercontent.com:aud: sts.amazonaws.com
package verdict.cloudformation.iam_github_oidc_subject

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

host := "token.actions.githubusercontent.com"

subject_key := "token.actions.githubusercontent.com:sub"

deny contains {
	"msg": sprintf("IAM role %q trusts GitHub Actions OIDC without a condition on %s", [d.resource, subject_key]),
	"path": x.path,
	"resource": d.resource,
} if {
	some d in p.resource_policies({"AWS::IAM::Role"}, "AssumeRolePolicyDocument")
	some x in p.statements(d.document, d.path)
	p.allows(x.statement)
	github(x.statement.Principal)
	not conditional_on_a_condition(x.statement)
	not restricted(x.statement)
}

# A Condition that is itself an intrinsic (`Fn::If`) cannot be evaluated.
conditional_on_a_condition(s) if cfn.intrinsic(s.Condition)

github(principal) if {
	some f in federated(principal)
	contains(lower(p.text(f)), host)
}

github(principal) if {
	some f in federated(principal)
	some name, res in input.Resources
	res.Type == "AWS::IAM::OIDCProvider"
	p.refers_to(f, name)
	contains(lower(p.text(res.Properties.Url)), host)
}

federated(principal) := [f | some f in principal.Federated] if is_array(principal.Federated)

else := [principal.Federated]

# Some condition operator tests the subject with a value other than "*", or
# with one we cannot resolve.
restricted(s) if {
	is_object(s.Condition)
	some _, tests in s.Condition
	is_object(tests)
	some key, v in tests
	lower(key) == subject_key
	some value in subject_values(v)
	not any_repository(value)
}

# `*` and `repo:*...` match workflows of every repository on GitHub.
any_repository(value) if value == "*"

any_repository(value) if startswith(value, "repo:*")

subject_values(v) := [x | some e in v; x := resolved(e)] if is_array(v)

else := [resolved(v)]

resolved(e) := x if x := cfn.value(e)

else := "unknown"
