package verdict.terraform.aws.kms_key_policy_public_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.kms_key_policy_public as rule
import rego.v1

key(statement) := fx.hcl("aws_kms_key", {"policy": fx.doc([statement])})

test_public_key_policy_fires if {
	[r] := [x | some x in rule.deny] with input as key({"Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*"})
	r.path == ["resource", "aws_kms_key", "this", 0, "policy"]
	contains(r.msg, "kms:*")
	count(rule.deny) == 1 with input as fx.hcl("aws_kms_key_policy", {"key_id": "x", "policy": fx.doc([{"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": ["kms:Decrypt"], "Resource": "*"}])})
}

test_document_used_as_key_policy_fires if {
	inp := {
		"data": {"aws_iam_policy_document": {"key": [{"statement": [{"actions": ["kms:Decrypt"], "resources": ["*"], "principals": [{"type": "AWS", "identifiers": ["*"]}]}]}]}},
		"resource": {"aws_kms_key": {"data": [{"policy": "${data.aws_iam_policy_document.key.json}"}]}},
	}
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["data", "aws_iam_policy_document", "key", 0, "statement", 0, "principals"]
}

test_account_principal_or_condition_passes if {
	count(rule.deny) == 0 with input as key({"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "kms:*", "Resource": "*"})
	count(rule.deny) == 0 with input as key({"Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEquals": {"kms:CallerAccount": "123456789012"}}})
	count(rule.deny) == 0 with input as fx.hcl("aws_kms_key", {"policy": "${data.aws_iam_policy_document.key.json}"})
}
