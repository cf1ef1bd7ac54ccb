package verdict.terraform.aws.cloudtrail_sns_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.cloudtrail_sns as rule
import rego.v1

test_no_topic_warns if {
	[r] := [x | some x in rule.warn] with input as fx.hcl("aws_cloudtrail", {"name": "main"})
	r.path == ["resource", "aws_cloudtrail", "this", 0]
}

test_topic_passes if {
	count(rule.warn) == 0 with input as fx.hcl("aws_cloudtrail", {"sns_topic_name": "${aws_sns_topic.trail.arn}"})
	count(rule.warn) == 0 with input as fx.hcl("aws_cloudtrail", {"sns_topic_name": "trail"})
}
