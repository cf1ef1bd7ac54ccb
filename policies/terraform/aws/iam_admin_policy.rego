# METADATA
# title: IAM policy allows full administrative privileges
# description: >-
#   A policy statement with `"Effect": "Allow"`, `"Action": "*"` and
#   `"Resource": "*"` grants every permission on every resource: whoever holds
#   it can take over the account. Checked in the `policy` of
#   `aws_iam_policy`, `aws_iam_role_policy`, `aws_iam_user_policy`,
#   `aws_iam_group_policy` and `aws_iam_role` `inline_policy` blocks when it is
#   a JSON string (a heredoc in HCL, the rendered document in a plan), and in
#   `aws_iam_policy_document` data sources in HCL. `jsonencode(...)`
#   expressions cannot be evaluated without a plan.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document
# custom:
#   id: VD-TF-AWS-011
#   severity: high
#   remediation: >-
#     Replace `"Action": "*"` / `"Resource": "*"` with the specific actions and
#     resource ARNs the principal needs (for administrators, attach the AWS
#     managed `AdministratorAccess` policy to a role behind MFA instead).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["1.16"]
#     AWS-FSBP: ["IAM.1"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     data "aws_iam_policy_document" "admin" {
#       statement {
#         actions   = ["*"]
#         resources = ["*"]
#       }
#     }
package verdict.terraform.aws.iam_admin_policy

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

policy_types := {"aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"}

deny contains {
	"msg": sprintf("%s allows Action \"*\" on Resource \"*\"", [r.address]),
	"path": tf.attr_path(r, ["policy"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in policy_types
	some st in aws.policy_statements(r.config.policy)
	aws.allows_all(st)
}

deny contains {
	"msg": sprintf("%s inline policy allows Action \"*\" on Resource \"*\"", [r.address]),
	"path": tf.attr_path(r, ["inline_policy", i, "policy"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_iam_role")
	is_array(r.config.inline_policy)
	some i, inline in r.config.inline_policy
	some st in aws.policy_statements(inline.policy)
	aws.allows_all(st)
}

# HCL: data "aws_iam_policy_document" statements (effect defaults to Allow).
deny contains {
	"msg": sprintf("data.aws_iam_policy_document.%s allows actions \"*\" on resources \"*\"", [name]),
	"path": ["data", "aws_iam_policy_document", name, i, "statement", j],
	"resource": sprintf("data.aws_iam_policy_document.%s", [name]),
} if {
	documents := input.data.aws_iam_policy_document
	is_object(documents)
	some name, bodies in documents
	is_array(bodies)
	some i, body in bodies
	is_array(body.statement)
	some j, st in body.statement
	object.get(st, "effect", "Allow") == "Allow"
	is_array(st.actions)
	"*" in st.actions
	is_array(st.resources)
	"*" in st.resources
}
