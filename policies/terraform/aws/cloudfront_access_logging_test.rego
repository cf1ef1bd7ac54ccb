package verdict.terraform.aws.cloudfront_access_logging_test

import data.verdict.terraform.aws.cloudfront_access_logging as rule
import rego.v1

dist(body) := {"resource": {"aws_cloudfront_distribution": {"site": [object.union({"enabled": true}, body)]}}}

test_no_logging_fires if {
	[r] := [x | some x in rule.deny] with input as dist({})
	r.path == ["resource", "aws_cloudfront_distribution", "site", 0]
}

test_logging_dynamic_v2_pass if {
	count(rule.deny) == 0 with input as dist({"logging_config": [{"bucket": "logs.s3.amazonaws.com"}]})
	count(rule.deny) == 0 with input as dist({"dynamic": {"logging_config": [{"for_each": "${var.l}"}]}})
	inp := {"resource": {"aws_cloudfront_distribution": {"site": [{"enabled": true}]}, "aws_cloudwatch_log_delivery_source": {"cf": [{"log_type": "ACCESS_LOGS"}]}}}
	count(rule.deny) == 0 with input as inp
}

test_plan_empty_logging_fires if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_cloudfront_distribution.a", "mode": "managed", "type": "aws_cloudfront_distribution", "name": "a", "values": {"enabled": true, "logging_config": []}}]}}}
	count(rule.deny) == 1 with input as inp
}
