package verdict.terraform.aws.codebuild_environment_credentials_test

import data.verdict.terraform.aws.codebuild_environment_credentials as rule
import rego.v1

proj(vars) := {"resource": {"aws_codebuild_project": {"build": [{"name": "build", "environment": [{"image": "aws/codebuild/standard:7.0", "environment_variable": vars}]}]}}}

test_plaintext_key_fires if {
	[r] := [x | some x in rule.deny] with input as proj([{"name": "STAGE", "value": "prod"}, {"name": "AWS_SECRET_ACCESS_KEY", "value": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}])
	r.path == ["resource", "aws_codebuild_project", "build", 0, "environment", 0, "environment_variable", 1, "value"]
}

test_managed_unknown_pass if {
	count(rule.deny) == 0 with input as proj([{"name": "DB_PASSWORD", "value": "prod/db/password", "type": "SECRETS_MANAGER"}])
	count(rule.deny) == 0 with input as proj([{"name": "DB_PASSWORD", "value": "${var.pw}"}])
	count(rule.deny) == 0 with input as proj([{"name": "DB_PASSWORD", "value": "hunter2hunter2", "type": "${var.t}"}])
	count(rule.deny) == 0 with input as proj([{"name": "STAGE", "value": "prod"}])
}
