# METADATA
# title: IAM policy allows every action of a service
# description: >-
#   An `Allow` statement of a permissions policy grants a whole service with a
#   wildcard action such as `s3:*` or `iam:*`: today's and tomorrow's
#   actions, destructive and administrative ones included. Checked in the
#   `policy` of `aws_iam_policy`, `aws_iam_role_policy`, `aws_iam_user_policy`,
#   `aws_iam_group_policy`, `aws_iam_role` `inline_policy` blocks (JSON,
#   `jsonencode` of known values, the rendered document in a plan) and in
#   `aws_iam_policy_document` data sources. Statements with a principal (trust
#   and resource policies) are not judged here.
# related_resources:
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
# custom:
#   id: VD-TF-AWS-026
#   severity: medium
#   remediation: >-
#     List the actions the principal needs (`s3:GetObject`, `s3:PutObject`, …)
#     instead of `service:*`; IAM Access Analyzer can generate the list from
#     CloudTrail activity.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["IAM.21"]
#     NIST-800-53: ["AC-6"]
#     PCI-DSS-4.0: ["7.2.2"]
#   example: |
#     resource "aws_iam_policy" "app" {
#       name   = "app"
#       policy = jsonencode({
#         Version   = "2012-10-17"
#         Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }]
#       })
#     }
package verdict.terraform.aws.iam_service_wildcard_action

import data.verdict.lib.terraform_aws_identity as id
import rego.v1

deny contains {
	"msg": sprintf("%s allows every %s action (%q)", [st.address, split(action, ":")[0], action]),
	"path": id.stmt_path(st, "actions"),
	"resource": st.address,
} if {
	some st in id.statements
	id.allows(st)
	id.identity_statement(st)
	some action in st.actions
	id.service_wildcard(action)
}
