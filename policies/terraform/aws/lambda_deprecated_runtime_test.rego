package verdict.terraform.aws.lambda_deprecated_runtime_test

import data.verdict.terraform.aws.lambda_deprecated_runtime as rule
import rego.v1

fn(body) := {"resource": {"aws_lambda_function": {"fn": [object.union({"function_name": "fn"}, body)]}}}

test_deprecated_fires if {
	[r] := [x | some x in rule.deny] with input as fn({"runtime": "python3.8"})
	r.path == ["resource", "aws_lambda_function", "fn", 0, "runtime"]
	count(rule.deny) == 1 with input as fn({"runtime": "go1.x"})
}

test_current_image_unknown_pass if {
	count(rule.deny) == 0 with input as fn({"runtime": "python3.13"})
	count(rule.deny) == 0 with input as fn({"package_type": "Image"})
	count(rule.deny) == 0 with input as fn({"runtime": "${var.runtime}"})
}

test_config_list if {
	count(rule.deny) == 1 with input as fn({"runtime": "python3.10"}) with data.verdict.config.lambda_deprecated_runtimes as ["python3.10"]
}
