package verdict.terraform.aws.lambda_function_url_public_test

import data.verdict.terraform.aws.lambda_function_url_public as rule
import rego.v1

url(t) := {"resource": {"aws_lambda_function_url": {"fn": [{"function_name": "fn", "authorization_type": t}]}}}

test_none_fires if {
	[r] := [x | some x in rule.deny] with input as url("NONE")
	r.path == ["resource", "aws_lambda_function_url", "fn", 0, "authorization_type"]
}

test_iam_unknown_pass if {
	count(rule.deny) == 0 with input as url("AWS_IAM")
	count(rule.deny) == 0 with input as url("${var.auth}")
}
