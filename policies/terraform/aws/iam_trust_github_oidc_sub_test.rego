package verdict.terraform.aws.iam_trust_github_oidc_sub_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.iam_trust_github_oidc_sub as rule
import rego.v1

provider := "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"

github(conditions) := fx.document("github", [{
	"actions": ["sts:AssumeRoleWithWebIdentity"],
	"principals": [{"type": "Federated", "identifiers": [provider]}],
	"condition": conditions,
}])

aud := {"test": "StringEquals", "variable": "token.actions.githubusercontent.com:aud", "values": ["sts.amazonaws.com"]}

test_no_sub_condition_fires if {
	[r] := [x | some x in rule.deny] with input as github([aud])
	r.path == ["data", "aws_iam_policy_document", "github", 0, "statement", 0, "principals"]
	contains(r.msg, "no token.actions.githubusercontent.com:sub condition")
}

test_any_repository_sub_fires if {
	sub := {"test": "StringLike", "variable": "token.actions.githubusercontent.com:sub", "values": ["repo:*"]}
	[r] := [x | some x in rule.deny] with input as github([aud, sub])
	r.path == ["data", "aws_iam_policy_document", "github", 0, "statement", 0, "condition"]
}

test_json_trust_policy_fires if {
	inp := fx.hcl("aws_iam_role", {"assume_role_policy": fx.doc([{
		"Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity", "Principal": {"Federated": provider},
		"Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}},
	}])})
	count(rule.deny) == 1 with input as inp
}

test_repository_sub_or_unknown_conditions_pass if {
	sub := {"test": "StringLike", "variable": "token.actions.githubusercontent.com:sub", "values": ["repo:acme/app:ref:refs/heads/main"]}
	count(rule.deny) == 0 with input as github([aud, sub])
	count(rule.deny) == 0 with input as github("${local.conditions}")
	count(rule.deny) == 0 with input as fx.document("eks", [{
		"actions": ["sts:AssumeRoleWithWebIdentity"],
		"principals": [{"type": "Federated", "identifiers": ["arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/X"]}],
	}])
}
