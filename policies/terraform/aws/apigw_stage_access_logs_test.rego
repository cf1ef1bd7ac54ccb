package verdict.terraform.aws.apigw_stage_access_logs_test

import data.verdict.terraform.aws.apigw_stage_access_logs as rule
import rego.v1

res(type, body) := {"resource": {type: {"prod": [object.union({"name": "prod"}, body)]}}}

test_no_logs_fire if {
	[r] := [x | some x in rule.deny] with input as res("aws_apigatewayv2_stage", {})
	r.path == ["resource", "aws_apigatewayv2_stage", "prod", 0]
	count(rule.deny) == 1 with input as res("aws_api_gateway_stage", {"stage_name": "prod"})
}

test_logs_dynamic_pass if {
	count(rule.deny) == 0 with input as res("aws_api_gateway_stage", {"access_log_settings": [{"destination_arn": "${aws_cloudwatch_log_group.a.arn}", "format": "$context.requestId"}]})
	count(rule.deny) == 0 with input as res("aws_apigatewayv2_stage", {"dynamic": {"access_log_settings": [{"for_each": "${var.l}"}]}})
	count(rule.deny) == 0 with input as res("aws_apigatewayv2_stage", {"access_log_settings": "${var.logs}"})
}

test_plan_empty_fires if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_apigatewayv2_stage.a", "mode": "managed", "type": "aws_apigatewayv2_stage", "name": "a", "values": {"name": "a", "access_log_settings": []}}]}}}
	count(rule.deny) == 1 with input as inp
}
