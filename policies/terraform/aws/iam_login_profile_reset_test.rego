package verdict.terraform.aws.iam_login_profile_reset_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.iam_login_profile_reset as rule
import rego.v1

test_unset_or_false_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_iam_user_login_profile", {"user": "alice"})
	r.path == ["resource", "aws_iam_user_login_profile", "this", 0]
	[f] := [x | some x in rule.deny] with input as fx.hcl("aws_iam_user_login_profile", {"user": "alice", "password_reset_required": false})
	f.path == ["resource", "aws_iam_user_login_profile", "this", 0, "password_reset_required"]
}

test_required_or_unknown_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_iam_user_login_profile", {"user": "alice", "password_reset_required": true})
	count(rule.deny) == 0 with input as fx.hcl("aws_iam_user_login_profile", {"user": "alice", "password_reset_required": "${var.reset}"})
}
