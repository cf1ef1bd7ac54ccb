package verdict.terraform.aws.lambda_environment_secrets_test

import data.verdict.terraform.aws.lambda_environment_secrets as rule
import rego.v1

fn(vars) := {"resource": {"aws_lambda_function": {"fn": [{"function_name": "fn", "environment": [{"variables": vars}]}]}}}

test_token_fires if {
	[r] := [x | some x in rule.deny] with input as fn({"API_TOKEN": "tok_live_51HxExample", "STAGE": "prod"})
	r.path == ["resource", "aws_lambda_function", "fn", 0, "environment", 0, "variables", "API_TOKEN"]
}

test_references_unknown_pass if {
	count(rule.deny) == 0 with input as fn({"API_TOKEN_PARAM": "/app/token", "STAGE": "prod"})
	count(rule.deny) == 0 with input as fn({"API_TOKEN": "${var.token}"})
	count(rule.deny) == 0 with input as {"resource": {"aws_lambda_function": {"fn": [{"environment": [{"variables": "${local.env}"}]}]}}}
}
