package verdict.terraform.aws.iam_trust_public_principal_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.iam_trust_public_principal as rule
import rego.v1

trust(statement) := fx.hcl("aws_iam_role", {"name": "shared", "assume_role_policy": fx.doc([statement])})

test_public_principal_fires if {
	[r] := [x | some x in rule.deny] with input as trust({"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}})
	r.path == ["resource", "aws_iam_role", "this", 0, "assume_role_policy"]
	count(rule.deny) == 1 with input as trust({"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": "*"})
}

test_document_with_public_principal_fires if {
	inp := fx.document("t", [{"actions": ["sts:AssumeRole"], "principals": [{"type": "*", "identifiers": ["*"]}]}])
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["data", "aws_iam_policy_document", "t", 0, "statement", 0, "principals"]
}

test_conditioned_or_named_principals_pass if {
	count(rule.deny) == 0 with input as trust({"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}, "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc"}}})
	count(rule.deny) == 0 with input as trust({"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}})
	count(rule.deny) == 0 with input as trust({"Effect": "Deny", "Action": "sts:AssumeRole", "Principal": "*"})

	# A public resource policy document that is no trust policy.
	count(rule.deny) == 0 with input as fx.document("bucket", [{"actions": ["s3:GetObject"], "principals": [{"type": "*", "identifiers": ["*"]}]}])
}
