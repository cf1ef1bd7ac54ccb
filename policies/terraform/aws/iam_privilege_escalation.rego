# METADATA
# title: IAM policy allows privilege escalation on every identity
# description: >-
#   An `Allow` statement of a permissions policy grants an IAM action that
#   lets its holder raise its own permissions — writing or attaching
#   policies (`iam:CreatePolicyVersion`, `iam:SetDefaultPolicyVersion`,
#   `iam:Attach*Policy`, `iam:Put*Policy`), changing trust or permissions
#   boundaries, creating credentials for other users (`iam:CreateAccessKey`,
#   `iam:CreateLoginProfile`, `iam:UpdateLoginProfile`) or joining groups
#   (`iam:AddUserToGroup`) — on `"*"` or on every user, role, group or policy
#   of an account. Patterns such as `iam:Put*` count; `iam:*` and `*` are
#   reported by VD-TF-AWS-026 and VD-TF-AWS-011, `iam:PassRole` by
#   VD-TF-AWS-027.
# related_resources:
#   - https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
# custom:
#   id: VD-TF-AWS-029
#   severity: high
#   remediation: >-
#     Grant these actions only on the specific identities the principal
#     administers (their ARNs, or a path such as `role/app/*`), and require a
#     permissions boundary with an `iam:PermissionsBoundary` condition when
#     it creates or changes roles and users.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-6", "AC-6(1)"]
#     PCI-DSS-4.0: ["7.2.2"]
#   example: |
#     data "aws_iam_policy_document" "ci" {
#       statement {
#         actions   = ["iam:AttachRolePolicy", "iam:CreateRole"]
#         resources = ["*"]
#       }
#     }
package verdict.terraform.aws.iam_privilege_escalation

import data.verdict.lib.terraform_aws_identity as id
import rego.v1

escalation_actions := {
	"iam:createpolicyversion", "iam:setdefaultpolicyversion",
	"iam:attachuserpolicy", "iam:attachgrouppolicy", "iam:attachrolepolicy",
	"iam:putuserpolicy", "iam:putgrouppolicy", "iam:putrolepolicy",
	"iam:updateassumerolepolicy",
	"iam:putuserpermissionsboundary", "iam:putrolepermissionsboundary",
	"iam:deleteuserpermissionsboundary", "iam:deleterolepermissionsboundary",
	"iam:createaccesskey", "iam:createloginprofile", "iam:updateloginprofile",
	"iam:addusertogroup",
}

deny contains {
	"msg": sprintf("%s allows %q on %q: it can escalate its own privileges", [st.address, action, resource]),
	"path": id.stmt_path(st, "actions"),
	"resource": st.address,
} if {
	some st in id.statements
	id.allows(st)
	id.identity_statement(st)
	some action in st.actions
	not id.full_wildcard(action)
	some name in escalation_actions
	id.action_matches(action, name)
	some resource in st.resources
	every_identity(resource)
}

every_identity(r) if r == "*"

every_identity(r) if regex.match(`^arn:aws[a-z-]*:iam::[^:]*:((user|role|group|policy)/)?\*$`, r)
