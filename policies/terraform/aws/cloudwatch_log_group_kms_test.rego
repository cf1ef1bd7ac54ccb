package verdict.terraform.aws.cloudwatch_log_group_kms_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.cloudwatch_log_group_kms as rule
import rego.v1

test_no_key_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_cloudwatch_log_group", {"name": "/app"})
	r.path == ["resource", "aws_cloudwatch_log_group", "this", 0]
	count(rule.deny) == 1 with input as fx.plan("aws_cloudwatch_log_group", {"name": "/app", "kms_key_id": null}, {})
}

test_key_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_cloudwatch_log_group", {"kms_key_id": "${aws_kms_key.logs.arn}"})
	count(rule.deny) == 0 with input as fx.plan("aws_cloudwatch_log_group", {"name": "/app"}, {"kms_key_id": {"references": ["aws_kms_key.logs.arn"]}})
}
