package verdict.terraform.aws.cloudtrail_cloudwatch_logs_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.cloudtrail_cloudwatch_logs as rule
import rego.v1

test_no_log_group_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_cloudtrail", {"name": "main"})
	r.path == ["resource", "aws_cloudtrail", "this", 0]
	count(rule.deny) == 1 with input as fx.plan("aws_cloudtrail", {"name": "main", "cloud_watch_logs_group_arn": ""}, {})
}

test_log_group_or_unknown_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_cloudtrail", {"cloud_watch_logs_group_arn": "${aws_cloudwatch_log_group.trail.arn}:*"})
	count(rule.deny) == 0 with input as fx.plan("aws_cloudtrail", {"name": "main"}, {"cloud_watch_logs_group_arn": {"references": ["aws_cloudwatch_log_group.trail.arn"]}})
}
