package verdict.terraform.aws.securityhub_standards_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.securityhub_standards as rule
import rego.v1

test_no_standards_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_securityhub_account", {"enable_default_standards": false})
	r.path == ["resource", "aws_securityhub_account", "this", 0, "enable_default_standards"]
}

test_default_or_subscribed_standards_pass if {
	count(rule.deny) == 0 with input as fx.hcl("aws_securityhub_account", {})
	count(rule.deny) == 0 with input as {"resource": {
		"aws_securityhub_account": {"main": [{"enable_default_standards": false}]},
		"aws_securityhub_standards_subscription": {"fsbp": [{"standards_arn": "arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0"}]},
	}}
}
