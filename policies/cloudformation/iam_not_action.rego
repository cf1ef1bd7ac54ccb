# METADATA
# title: IAM policy allows with NotAction or NotResource
# description: >-
#   An `Effect: Allow` statement with `NotAction` grants every action except
#   the listed ones, including actions of services released later; with
#   `NotResource` it grants the actions on every resource except the listed
#   ones. Both grant far more than they appear to and are a frequent source
#   of privilege escalation. Checked in IAM policy documents
#   (`AWS::IAM::Policy`, `AWS::IAM::ManagedPolicy`, `AWS::IAM::RolePolicy`,
#   `AWS::IAM::UserPolicy`, `AWS::IAM::GroupPolicy`, inline `Policies` of
#   roles, users and groups). `NotAction`/`NotResource` with `Effect: Deny`
#   (a guard rail) is fine.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html
# custom:
#   id: VD-CFN-015
#   severity: medium
#   remediation: >-
#     Replace `NotAction`/`NotResource` in Allow statements with an explicit
#     `Action`/`Resource` list; keep `NotAction` for Deny statements only.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["AC-6"]
#   example: |
#     Resources:
#       Everything:
#         Type: AWS::IAM::ManagedPolicy
#         Properties:
#           PolicyDocument:
#             Statement:
#               - Effect: Allow
#                 NotAction: "iam:*"
#                 Resource: "*"
package verdict.cloudformation.iam_not_action

import data.verdict.lib.cloudformation_platform as p
import data.verdict.lib.cloudformation_platform_sets as sets
import rego.v1

deny contains {
	"msg": sprintf("IAM policy in %q allows with %s", [d.resource, key]),
	"path": array.concat(x.path, [key]),
	"resource": d.resource,
} if {
	some d in sets.identity_policies
	some x in p.statements(d.document, d.path)
	p.allows(x.statement)
	some key in ["NotAction", "NotResource"]
	not p.absent(x.statement, key)
}
