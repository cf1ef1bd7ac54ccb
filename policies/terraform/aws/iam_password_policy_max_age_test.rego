package verdict.terraform.aws.iam_password_policy_max_age_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.iam_password_policy_max_age as rule
import rego.v1

policy(body) := fx.hcl("aws_iam_account_password_policy", body)

test_unset_fires if {
	[r] := [x | some x in rule.deny] with input as policy({"minimum_password_length": 14})
	r.path == ["resource", "aws_iam_account_password_policy", "this", 0]
	contains(r.msg, "forever")
}

test_long_age_fires if {
	[r] := [x | some x in rule.deny] with input as policy({"max_password_age": 365})
	r.path == ["resource", "aws_iam_account_password_policy", "this", 0, "max_password_age"]
	contains(r.msg, "365 days")
	count(rule.deny) == 0 with input as policy({"max_password_age": 365}) with data.verdict.config.password_max_age_days as 400
}

test_short_or_unknown_age_passes if {
	count(rule.deny) == 0 with input as policy({"max_password_age": 90})
	count(rule.deny) == 0 with input as policy({"max_password_age": "60"})
	count(rule.deny) == 0 with input as policy({"max_password_age": "${var.age}"})
}
