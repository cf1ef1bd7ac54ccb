# METADATA
# title: IAM policy allows with NotAction or NotResource
# description: >-
#   An `Allow` statement of a permissions policy with `NotAction` grants
#   every action except those listed, including those AWS adds later; with
#   `NotResource` it grants the actions on every resource except those
#   listed. Both grant far more than they appear to. (`NotAction` and
#   `NotResource` in a `Deny` statement, as in MFA-enforcing policies, are
#   fine and not reported.)
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html
# custom:
#   id: VD-TF-AWS-028
#   severity: medium
#   remediation: >-
#     Rewrite the statement as an `Allow` of the actions and resources
#     needed; to carve out exceptions, add a `Deny` statement instead.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-6"]
#     PCI-DSS-4.0: ["7.2.2"]
#   example: |
#     data "aws_iam_policy_document" "ops" {
#       statement {
#         not_actions = ["iam:*"]
#         resources   = ["*"]
#       }
#     }
package verdict.terraform.aws.iam_not_action_not_resource

import data.verdict.lib.terraform_aws_identity as id
import rego.v1

elements := [["not_actions", "NotAction", "every action but"], ["not_resources", "NotResource", "on every resource but"]]

deny contains {
	"msg": sprintf("%s allows with %s: %s %s", [st.address, element, what, concat(", ", st[key])]),
	"path": id.stmt_path(st, key),
	"resource": st.address,
} if {
	some st in id.statements
	id.allows(st)
	id.identity_statement(st)
	some [key, element, what] in elements
	count(st[key]) > 0
}
