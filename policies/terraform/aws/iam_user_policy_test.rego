package verdict.terraform.aws.iam_user_policy_test

import data.verdict.terraform.aws.iam_user_policy
import rego.v1

test_user_attachment_fires if {
	inp := {"resource": {"aws_iam_user_policy_attachment": {"deploy": [{"user": "${aws_iam_user.deploy.name}", "policy_arn": "${aws_iam_policy.deploy.arn}"}]}}}
	[r] := [x | some x in iam_user_policy.deny] with input as inp
	r.path == ["resource", "aws_iam_user_policy_attachment", "deploy", 0, "user"]
}

test_policy_attachment_with_users_fires if {
	inp := {"resource": {"aws_iam_policy_attachment": {
		"users": [{"name": "a", "users": ["${aws_iam_user.a.name}"], "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}],
		"groups": [{"name": "b", "users": [], "groups": ["${aws_iam_group.ops.name}"], "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}],
	}}}
	[r] := [x | some x in iam_user_policy.deny] with input as inp
	r.path == ["resource", "aws_iam_policy_attachment", "users", 0, "users"]
}

test_group_and_role_attachments_pass if {
	inp := {"resource": {
		"aws_iam_group_policy_attachment": {"ops": [{"group": "ops", "policy_arn": "arn"}]},
		"aws_iam_role_policy_attachment": {"app": [{"role": "app", "policy_arn": "arn"}]},
	}}
	count(iam_user_policy.deny) == 0 with input as inp
}
