package verdict.terraform.aws.config_delivery_channel_test

import data.verdict.terraform.aws.config_delivery_channel as rule
import rego.v1

test_recorder_without_channel_fires if {
	[r] := [x | some x in rule.deny] with input as {"resource": {"aws_config_configuration_recorder": {"main": [{"role_arn": "x"}]}}}
	r.path == ["resource", "aws_config_configuration_recorder", "main", 0]
}

test_channel_passes if {
	count(rule.deny) == 0 with input as {"resource": {
		"aws_config_configuration_recorder": {"main": [{"role_arn": "x"}]},
		"aws_config_delivery_channel": {"main": [{"s3_bucket_name": "config"}]},
	}}
	count(rule.deny) == 0 with input as {"resource": {"aws_config_delivery_channel": {"main": [{"s3_bucket_name": "config"}]}}}
}
