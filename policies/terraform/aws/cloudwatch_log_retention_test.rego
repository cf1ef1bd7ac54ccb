package verdict.terraform.aws.cloudwatch_log_retention_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.cloudwatch_log_retention as rule
import rego.v1

group(days) := fx.hcl("aws_cloudwatch_log_group", {"name": "/app", "retention_in_days": days})

test_short_retention_fires if {
	[r] := [x | some x in rule.deny] with input as group(30)
	r.path == ["resource", "aws_cloudwatch_log_group", "this", 0, "retention_in_days"]
	contains(r.msg, "30 days, fewer than 365")
	count(rule.deny) == 0 with input as group(30) with data.verdict.config.log_retention_min_days as 30
}

test_long_forever_or_unknown_passes if {
	count(rule.deny) == 0 with input as group(365)
	count(rule.deny) == 0 with input as group(0)
	count(rule.deny) == 0 with input as group("${var.days}")
	count(rule.deny) == 0 with input as fx.hcl("aws_cloudwatch_log_group", {"name": "/app"})
}
