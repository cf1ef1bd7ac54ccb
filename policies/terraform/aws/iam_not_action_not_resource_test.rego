package verdict.terraform.aws.iam_not_action_not_resource_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.iam_not_action_not_resource as rule
import rego.v1

test_allow_not_action_fires if {
	inp := fx.document("ops", [{"not_actions": ["iam:*", "organizations:*"], "resources": ["*"]}])
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["data", "aws_iam_policy_document", "ops", 0, "statement", 0, "not_actions"]
	contains(r.msg, "NotAction: every action but iam:*, organizations:*")
}

test_allow_not_resource_fires if {
	inp := fx.hcl("aws_iam_group_policy", {"policy": fx.doc([{"Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::secret/*"}])})
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["resource", "aws_iam_group_policy", "this", 0, "policy"]
	contains(r.msg, "NotResource")
}

test_deny_with_not_action_passes if {
	count(rule.deny) == 0 with input as fx.document("mfa", [{"effect": "Deny", "not_actions": ["iam:ChangePassword"], "resources": ["*"]}])
	count(rule.deny) == 0 with input as fx.document("ok", [{"actions": ["s3:GetObject"], "resources": ["*"]}])
}
