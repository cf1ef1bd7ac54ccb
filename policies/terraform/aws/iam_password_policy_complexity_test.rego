package verdict.terraform.aws.iam_password_policy_complexity_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.iam_password_policy_complexity as rule
import rego.v1

all_classes := {
	"require_uppercase_characters": true, "require_lowercase_characters": true,
	"require_numbers": true, "require_symbols": true,
}

test_each_missing_class_fires if {
	findings := rule.deny with input as fx.hcl("aws_iam_account_password_policy", {"minimum_password_length": 14, "require_symbols": false})
	count(findings) == 4
	some r in findings
	r.path == ["resource", "aws_iam_account_password_policy", "this", 0, "require_symbols"]
	contains(r.msg, "does not require symbols")
}

test_every_class_required_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_iam_account_password_policy", all_classes)
	count(rule.deny) == 0 with input as fx.hcl("aws_iam_account_password_policy", object.union(all_classes, {"require_numbers": "${var.numbers}"}))
}

test_plan if {
	p := fx.plan("aws_iam_account_password_policy", object.union(all_classes, {"require_numbers": false}), {})
	[r] := [x | some x in rule.deny] with input as p
	r.path == fx.plan_path(["require_numbers"])
}
