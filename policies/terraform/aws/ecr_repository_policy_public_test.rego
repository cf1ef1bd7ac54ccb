package verdict.terraform.aws.ecr_repository_policy_public_test

import data.verdict.terraform.aws.ecr_repository_policy_public as rule
import rego.v1

pol(st) := {"resource": {"aws_ecr_repository_policy": {"app": [{"repository": "app", "policy": json.marshal({"Version": "2012-10-17", "Statement": st})}]}}}

test_star_principal_fires if {
	[r] := [x | some x in rule.deny] with input as pol([{"Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage"}])
	r.path == ["resource", "aws_ecr_repository_policy", "app", 0, "policy"]
	count(rule.deny) == 1 with input as pol({"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "ecr:*"})
}

test_named_conditioned_unknown_pass if {
	count(rule.deny) == 0 with input as pol([{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "ecr:BatchGetImage"}])
	count(rule.deny) == 0 with input as pol([{"Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-1"}}}])
	count(rule.deny) == 0 with input as pol([{"Effect": "Deny", "Principal": "*", "Action": "ecr:*"}])
	count(rule.deny) == 0 with input as {"resource": {"aws_ecr_repository_policy": {"app": [{"policy": "${data.aws_iam_policy_document.p.json}"}]}}}
}
