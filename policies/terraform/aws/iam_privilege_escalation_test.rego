package verdict.terraform.aws.iam_privilege_escalation_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.iam_privilege_escalation as rule
import rego.v1

test_escalation_actions_on_everything_fire if {
	inp := fx.document("ci", [{"actions": ["iam:AttachRolePolicy", "iam:CreateRole", "iam:CreatePolicyVersion"], "resources": ["*"]}])
	findings := rule.deny with input as inp
	count(findings) == 2
	some r in findings
	r.path == ["data", "aws_iam_policy_document", "ci", 0, "statement", 0, "actions"]
}

test_patterns_and_account_wide_arns_fire if {
	inp := fx.hcl("aws_iam_policy", {"policy": fx.doc([{"Effect": "Allow", "Action": ["iam:Put*"], "Resource": "arn:aws:iam::123456789012:role/*"}])})
	findings := rule.deny with input as inp
	count(findings) == 1
	some r in findings
	contains(r.msg, "\"iam:Put*\"")
}

test_scoped_resources_and_wildcards_reported_elsewhere_pass if {
	count(rule.deny) == 0 with input as fx.document("self", [{"actions": ["iam:CreateAccessKey"], "resources": ["arn:aws:iam::123456789012:user/${aws:username}"]}])
	count(rule.deny) == 0 with input as fx.document("all", [{"actions": ["iam:*", "*"], "resources": ["*"]}])
	count(rule.deny) == 0 with input as fx.document("read", [{"actions": ["iam:Get*", "iam:List*"], "resources": ["*"]}])
}
