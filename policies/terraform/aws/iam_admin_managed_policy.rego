# METADATA
# title: AWS managed AdministratorAccess attached to an IAM user or group
# description: >-
#   The AWS managed `AdministratorAccess` policy is attached to an IAM user
#   or group (`aws_iam_user_policy_attachment`,
#   `aws_iam_group_policy_attachment`, the `users`/`groups` of
#   `aws_iam_policy_attachment`, or the `*_policy_attachments_exclusive`
#   resources): long-lived identities, often with access keys, hold every
#   permission in the account. Administrators should assume a role when they
#   need it. The policy names come from
#   `data.verdict.config.aws_admin_managed_policies` (default
#   ["AdministratorAccess"]).
# related_resources:
#   - https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-users-federation-idp
# custom:
#   id: VD-TF-AWS-033
#   severity: high
#   remediation: >-
#     Attach `AdministratorAccess` to a role that administrators assume with
#     MFA (or an IAM Identity Center permission set), and give users and
#     groups only the permission to assume it.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-2", "AC-6(5)"]
#     PCI-DSS-4.0: ["7.2.2"]
#   example: |
#     resource "aws_iam_group_policy_attachment" "admins" {
#       group      = aws_iam_group.admins.name
#       policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
#     }
package verdict.terraform.aws.iam_admin_managed_policy

import data.verdict.lib.terraform as tf
import rego.v1

admin_policies := {name |
	names := tf.config("aws_admin_managed_policies", ["AdministratorAccess"])
	is_array(names)
	some name in names
	is_string(name)
}

# [type, argument holding the ARN(s), what it is attached to].
attachments := [
	["aws_iam_user_policy_attachment", "policy_arn", "IAM user"],
	["aws_iam_group_policy_attachment", "policy_arn", "IAM group"],
	["aws_iam_user_policy_attachments_exclusive", "policy_arns", "IAM user"],
	["aws_iam_group_policy_attachments_exclusive", "policy_arns", "IAM group"],
]

deny contains {
	"msg": sprintf("%s attaches %s to an %s", [r.address, arn, target]),
	"path": path,
	"resource": r.address,
} if {
	some [type, key, target] in attachments
	some r in tf.of_type(type)
	some [arn, path] in arns(r, key)
	admin(arn)
}

deny contains {
	"msg": sprintf("%s attaches %s to IAM %s", [r.address, r.config.policy_arn, key]),
	"path": tf.attr_path(r, ["policy_arn"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_iam_policy_attachment")
	admin(r.config.policy_arn)
	some key in ["users", "groups"]
	is_array(r.config[key])
	count(r.config[key]) > 0
}

arns(r, key) := {[arn, tf.attr_path(r, [key])] | arn := r.config[key]; is_string(arn)} | {[arn, tf.attr_path(r, [key, i])] |
	is_array(r.config[key])
	some i, arn in r.config[key]
	is_string(arn)
}

admin(arn) if {
	is_string(arn)
	regex.match(`^arn:aws[a-z-]*:iam::aws:policy/`, arn)
	parts := split(arn, "/")
	parts[count(parts) - 1] in admin_policies
}
