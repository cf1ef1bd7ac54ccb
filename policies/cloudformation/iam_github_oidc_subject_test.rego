package verdict.cloudformation.iam_github_oidc_subject_test

import data.verdict.cloudformation.iam_github_oidc_subject as gh
import rego.v1

provider := {"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com"}

aud := {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}

role(principal, condition) := {"Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Statement": [object.union(
	{"Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity", "Principal": {"Federated": principal}},
	condition,
)]}}}}}

test_no_subject_fires if {
	some r in gh.deny with input as role(provider, {"Condition": {"StringEquals": aud}})
	r.path == ["Resources", "R", "Properties", "AssumeRolePolicyDocument", "Statement", 0]
	count(gh.deny) == 1 with input as role("arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com", {})
	count(gh.deny) == 1 with input as role([provider], {"Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "*"}}})
	count(gh.deny) == 1 with input as role(provider, {"Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": ["repo:*:ref:refs/heads/main"]}}})
}

test_provider_resource_fires if {
	tmpl := object.union(role({"Ref": "GitHub"}, {}), {"Resources": {"GitHub": {"Type": "AWS::IAM::OIDCProvider", "Properties": {"Url": "https://token.actions.githubusercontent.com", "ClientIdList": ["sts.amazonaws.com"]}}}})
	count(gh.deny) == 1 with input as tmpl
}

test_subject_condition_passes if {
	count(gh.deny) == 0 with input as role(provider, {"Condition": {"StringEquals": aud, "StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/app:*"}}})
	count(gh.deny) == 0 with input as role(provider, {"Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": ["repo:acme/app:ref:refs/heads/main"]}}})
	count(gh.deny) == 0 with input as role("arn:aws:iam::123456789012:oidc-provider/accounts.google.com", {})
}

test_unknown_passes if {
	count(gh.deny) == 0 with input as role(provider, {"Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": {"Ref": "Subject"}}}})
	count(gh.deny) == 0 with input as role(provider, {"Condition": {"Fn::If": ["Strict", {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:a/b:*"}}, {}]}})
	count(gh.deny) == 0 with input as role({"Ref": "ProviderArn"}, {})
}
