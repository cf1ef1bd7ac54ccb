package verdict.terraform.aws.iam_admin_managed_policy_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.iam_admin_managed_policy as rule
import rego.v1

admin := "arn:aws:iam::aws:policy/AdministratorAccess"

test_group_and_user_attachments_fire if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_iam_group_policy_attachment", {"group": "admins", "policy_arn": admin})
	r.path == ["resource", "aws_iam_group_policy_attachment", "this", 0, "policy_arn"]
	contains(r.msg, "to an IAM group")
	[u] := [x | some x in rule.deny] with input as fx.hcl("aws_iam_user_policy_attachments_exclusive", {"user_name": "bob", "policy_arns": ["arn:aws:iam::aws:policy/ReadOnlyAccess", admin]})
	u.path == ["resource", "aws_iam_user_policy_attachments_exclusive", "this", 0, "policy_arns", 1]
}

test_policy_attachment_with_users_fires if {
	inp := fx.hcl("aws_iam_policy_attachment", {"name": "x", "policy_arn": "arn:aws-us-gov:iam::aws:policy/AdministratorAccess", "users": ["bob"], "roles": ["ops"]})
	[r] := [x | some x in rule.deny] with input as inp
	contains(r.msg, "IAM users")
}

test_roles_other_policies_and_customer_policies_pass if {
	count(rule.deny) == 0 with input as fx.hcl("aws_iam_role_policy_attachment", {"role": "admin", "policy_arn": admin})
	count(rule.deny) == 0 with input as fx.hcl("aws_iam_policy_attachment", {"policy_arn": admin, "roles": ["ops"], "users": []})
	count(rule.deny) == 0 with input as fx.hcl("aws_iam_user_policy_attachment", {"user": "bob", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"})
	count(rule.deny) == 0 with input as fx.hcl("aws_iam_user_policy_attachment", {"user": "bob", "policy_arn": "arn:aws:iam::123456789012:policy/AdministratorAccess"})
	count(rule.deny) == 0 with input as fx.hcl("aws_iam_user_policy_attachment", {"user": "bob", "policy_arn": "${var.policy}"})
}

test_tunable_names if {
	inp := fx.hcl("aws_iam_user_policy_attachment", {"user": "bob", "policy_arn": "arn:aws:iam::aws:policy/IAMFullAccess"})
	count(rule.deny) == 1 with input as inp with data.verdict.config.aws_admin_managed_policies as ["IAMFullAccess"]
	count(rule.deny) == 0 with input as inp
}

test_plan if {
	p := fx.plan("aws_iam_group_policy_attachment", {"group": "admins", "policy_arn": admin}, {})
	[r] := [x | some x in rule.deny] with input as p
	r.path == fx.plan_path(["policy_arn"])
}
