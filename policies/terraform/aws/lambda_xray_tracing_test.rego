package verdict.terraform.aws.lambda_xray_tracing_test

import data.verdict.terraform.aws.lambda_xray_tracing as rule
import rego.v1

fn(body) := {"resource": {"aws_lambda_function": {"fn": [object.union({"function_name": "fn"}, body)]}}}

test_passthrough_fires if {
	[r] := [x | some x in rule.warn] with input as fn({})
	r.path == ["resource", "aws_lambda_function", "fn", 0]
	[s] := [x | some x in rule.warn] with input as fn({"tracing_config": [{"mode": "PassThrough"}]})
	s.path == ["resource", "aws_lambda_function", "fn", 0, "tracing_config", 0, "mode"]
}

test_active_unknown_pass if {
	count(rule.warn) == 0 with input as fn({"tracing_config": [{"mode": "Active"}]})
	count(rule.warn) == 0 with input as fn({"tracing_config": [{"mode": "${var.mode}"}]})
	count(rule.warn) == 0 with input as fn({"dynamic": {"tracing_config": [{"for_each": "${var.t}"}]}})
}

test_plan_computed_tracing if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_lambda_function.a", "mode": "managed", "type": "aws_lambda_function", "name": "a", "values": {"function_name": "a", "tracing_config": [{"mode": "PassThrough"}]}}]}}}
	count(rule.warn) == 1 with input as inp
}
