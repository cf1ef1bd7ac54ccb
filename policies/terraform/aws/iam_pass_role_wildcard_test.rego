package verdict.terraform.aws.iam_pass_role_wildcard_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.iam_pass_role_wildcard as rule
import rego.v1

test_pass_role_on_everything_fires if {
	inp := fx.document("deploy", [{"actions": ["ec2:RunInstances", "iam:PassRole"], "resources": ["*"]}])
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["data", "aws_iam_policy_document", "deploy", 0, "statement", 0, "actions"]
	contains(r.msg, "\"iam:PassRole\" on \"*\"")
}

test_patterns_and_all_roles_of_an_account_fire if {
	inp := fx.hcl("aws_iam_user_policy", {"policy": fx.doc([{"Effect": "Allow", "Action": "iam:Pass*", "Resource": "arn:aws:iam::123456789012:role/*"}])})
	count(rule.deny) == 1 with input as inp
}

test_scoped_roles_and_other_wildcards_pass if {
	count(rule.deny) == 0 with input as fx.document("d", [{"actions": ["iam:PassRole"], "resources": ["arn:aws:iam::123456789012:role/app"]}])
	count(rule.deny) == 0 with input as fx.document("d", [{"actions": ["iam:*"], "resources": ["*"]}])
	count(rule.deny) == 0 with input as fx.document("d", [{"actions": ["iam:Get*"], "resources": ["*"]}])
	count(rule.deny) == 0 with input as fx.document("d", [{"effect": "Deny", "actions": ["iam:PassRole"], "resources": ["*"]}])
}
