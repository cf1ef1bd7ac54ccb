package verdict.terraform.aws.provider_static_credentials_test

import data.verdict.terraform.aws.provider_static_credentials as rule
import rego.v1

test_literal_keys_fire if {
	inp := {"provider": {"aws": [{"region": "eu-west-1"}, {"alias": "us", "access_key": "AKIAIOSFODNN7EXAMPLE", "secret_key": "x"}]}}
	findings := rule.deny with input as inp
	{r.path | some r in findings} == {["provider", "aws", 1, "access_key"], ["provider", "aws", 1, "secret_key"]}
	some r in findings
	r.resource == "provider.aws (alias us)"
}

test_variables_and_profiles_pass if {
	count(rule.deny) == 0 with input as {"provider": {"aws": [{"access_key": "${var.access_key}", "secret_key": ""}, {"profile": "prod"}]}}
	count(rule.deny) == 0 with input as {"provider": {"google": [{"access_key": "x"}]}}
}

test_plan_constant if {
	inp := {"configuration": {"provider_config": {
		"aws": {"name": "aws", "full_name": "registry.terraform.io/hashicorp/aws", "expressions": {"secret_key": {"constant_value": "x"}, "access_key": {"references": ["var.key"]}}},
		"google": {"name": "google", "expressions": {"access_key": {"constant_value": "x"}}},
	}}}
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["configuration", "provider_config", "aws", "expressions", "secret_key"]
	r.resource == "provider.aws"
}
