package verdict.terraform.aws.iam_service_wildcard_action_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.iam_service_wildcard_action as rule
import rego.v1

test_json_service_wildcard_fires if {
	inp := fx.hcl("aws_iam_policy", {"policy": fx.doc([{"Effect": "Allow", "Action": ["s3:GetObject", "iam:*"], "Resource": "*"}])})
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["resource", "aws_iam_policy", "this", 0, "policy"]
	r.resource == "aws_iam_policy.this"
	contains(r.msg, "every iam action (\"iam:*\")")
}

test_document_service_wildcard_fires if {
	inp := fx.document("app", [{"actions": ["s3:*"], "resources": ["arn:aws:s3:::acme/*"]}])
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["data", "aws_iam_policy_document", "app", 0, "statement", 0, "actions"]
	r.resource == "data.aws_iam_policy_document.app"
}

test_specific_actions_deny_full_wildcard_and_resource_policies_pass if {
	count(rule.deny) == 0 with input as fx.document("app", [{"actions": ["s3:Get*", "s3:PutObject"], "resources": ["*"]}])
	count(rule.deny) == 0 with input as fx.document("app", [{"effect": "Deny", "actions": ["s3:*"], "resources": ["*"]}])
	count(rule.deny) == 0 with input as fx.document("app", [{"actions": ["*"], "resources": ["*"]}])
	count(rule.deny) == 0 with input as fx.document("app", [{"actions": ["s3:*"], "principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::123456789012:root"]}]}])
	count(rule.deny) == 0 with input as fx.hcl("aws_kms_key", {"policy": fx.doc([{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "kms:*", "Resource": "*"}])})
}

test_plan_inline_policy if {
	p := fx.plan("aws_iam_role", {"inline_policy": [{"name": "x", "policy": fx.doc([{"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"}])}]}, {})
	[r] := [x | some x in rule.deny] with input as p
	r.path == fx.plan_path(["inline_policy", 0, "policy"])
}
