package verdict.terraform.aws.ssm_parameter_secret_plaintext_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.ssm_parameter_secret_plaintext as rule
import rego.v1

param(name, type) := fx.hcl("aws_ssm_parameter", {"name": name, "type": type, "value": "${var.value}"})

test_secret_names_fire if {
	[r] := [x | some x in rule.deny] with input as param("/prod/db/password", "String")
	r.path == ["resource", "aws_ssm_parameter", "this", 0, "type"]
	count(rule.deny) == 1 with input as param("/prod/stripe/API_KEY", "StringList")
	count(rule.deny) == 1 with input as param("github-token", "String")
}

test_references_other_names_and_secure_strings_pass if {
	count(rule.deny) == 0 with input as param("/prod/db/password-arn", "String")
	count(rule.deny) == 0 with input as param("/prod/db/secret_name", "String")
	count(rule.deny) == 0 with input as param("/prod/db/host", "String")
	count(rule.deny) == 0 with input as param("/prod/oauth/token.endpoint", "String")
	count(rule.deny) == 0 with input as param("/prod/db/password", "SecureString")
	count(rule.deny) == 0 with input as param("${var.name}", "String")
}
