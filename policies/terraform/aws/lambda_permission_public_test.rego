package verdict.terraform.aws.lambda_permission_public_test

import data.verdict.terraform.aws.lambda_permission_public as rule
import rego.v1

perm(body) := {"resource": {"aws_lambda_permission": {"p": [object.union({"action": "lambda:InvokeFunction", "function_name": "fn"}, body)]}}}

test_star_fires if {
	[r] := [x | some x in rule.deny] with input as perm({"principal": "*"})
	r.path == ["resource", "aws_lambda_permission", "p", 0, "principal"]
}

test_restricted_unknown_pass if {
	count(rule.deny) == 0 with input as perm({"principal": "*", "principal_org_id": "o-1"})
	count(rule.deny) == 0 with input as perm({"principal": "*", "source_arn": "${aws_s3_bucket.b.arn}"})
	count(rule.deny) == 0 with input as perm({"principal": "123456789012"})
	count(rule.deny) == 0 with input as perm({"principal": "${var.principal}"})
}
