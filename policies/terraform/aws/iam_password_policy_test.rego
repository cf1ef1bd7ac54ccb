package verdict.terraform.aws.iam_password_policy_test

import data.verdict.terraform.aws.iam_password_policy as pw
import rego.v1

policy(body) := {"resource": {"aws_iam_account_password_policy": {"strict": [body]}}}

test_short_minimum_fires_at_the_attribute if {
	findings := pw.deny with input as policy({"minimum_password_length": 8, "password_reuse_prevention": 24})
	[r] := [x | some x in findings]
	r.path == ["resource", "aws_iam_account_password_policy", "strict", 0, "minimum_password_length"]
}

test_defaults_fire_twice if {
	count(pw.deny) == 2 with input as policy({"require_symbols": true})
}

test_cis_policy_passes if {
	count(pw.deny) == 0 with input as policy({"minimum_password_length": 14, "password_reuse_prevention": "24"})
	count(pw.deny) == 0 with input as policy({"minimum_password_length": "${var.len}", "password_reuse_prevention": 24})
}

test_thresholds_are_tunable if {
	count(pw.deny) == 0 with input as policy({"minimum_password_length": 12, "password_reuse_prevention": 5})
		with data.verdict.config.password_min_length as 12
		with data.verdict.config.password_reuse_prevention as 5
}
