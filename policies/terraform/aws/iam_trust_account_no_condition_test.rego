package verdict.terraform.aws.iam_trust_account_no_condition_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.iam_trust_account_no_condition as rule
import rego.v1

trust(principal, condition) := fx.hcl("aws_iam_role", {"assume_role_policy": fx.doc([object.union(
	{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": principal}},
	condition,
)])})

test_account_root_fires if {
	[r] := [x | some x in rule.deny] with input as trust("arn:aws:iam::210987654321:root", {})
	contains(r.msg, "account 210987654321")
	r.path == ["resource", "aws_iam_role", "this", 0, "assume_role_policy"]
	count(rule.deny) == 1 with input as trust(["210987654321"], {})
}

test_document_fires if {
	inp := fx.document("t", [{"actions": ["sts:AssumeRole"], "principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::210987654321:root"]}]}])
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["data", "aws_iam_policy_document", "t", 0, "statement", 0, "principals"]
}

test_roles_conditions_and_expressions_pass if {
	count(rule.deny) == 0 with input as trust("arn:aws:iam::210987654321:role/ci", {})
	count(rule.deny) == 0 with input as trust("arn:aws:iam::210987654321:root", {"Condition": {"StringEquals": {"sts:ExternalId": "x"}}})
	count(rule.deny) == 0 with input as trust("arn:aws:iam::${data.aws_caller_identity.current.account_id}:root", {})
}
