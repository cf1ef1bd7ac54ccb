package verdict.terraform.aws.cloudtrail_logging_disabled_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.cloudtrail_logging_disabled as rule
import rego.v1

test_logging_off_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_cloudtrail", {"name": "main", "enable_logging": false})
	r.path == ["resource", "aws_cloudtrail", "this", 0, "enable_logging"]
	count(rule.deny) == 1 with input as fx.plan("aws_cloudtrail", {"enable_logging": false}, {})
}

test_logging_on_default_or_unknown_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_cloudtrail", {"name": "main"})
	count(rule.deny) == 0 with input as fx.hcl("aws_cloudtrail", {"enable_logging": true})
	count(rule.deny) == 0 with input as fx.hcl("aws_cloudtrail", {"enable_logging": "${var.on}"})
}
