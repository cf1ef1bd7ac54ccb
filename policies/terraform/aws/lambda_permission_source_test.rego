package verdict.terraform.aws.lambda_permission_source_test

import data.verdict.terraform.aws.lambda_permission_source as rule
import rego.v1

perm(body) := {"resource": {"aws_lambda_permission": {"p": [object.union({"action": "lambda:InvokeFunction", "function_name": "fn"}, body)]}}}

test_service_without_source_fires if {
	[r] := [x | some x in rule.deny] with input as perm({"principal": "s3.amazonaws.com"})
	r.path == ["resource", "aws_lambda_permission", "p", 0, "principal"]
}

test_source_unknown_pass if {
	count(rule.deny) == 0 with input as perm({"principal": "s3.amazonaws.com", "source_arn": "arn:aws:s3:::b", "source_account": "123456789012"})
	count(rule.deny) == 0 with input as perm({"principal": "events.amazonaws.com", "source_arn": "${aws_cloudwatch_event_rule.r.arn}"})
	count(rule.deny) == 0 with input as perm({"principal": "${var.principal}"})
	count(rule.deny) == 0 with input as perm({"principal": "123456789012"})
}

test_plan_null_source_fires if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_lambda_permission.p", "mode": "managed", "type": "aws_lambda_permission", "name": "p", "values": {"principal": "sns.amazonaws.com", "source_arn": null, "source_account": null}}]}}}
	count(rule.deny) == 1 with input as inp
}
