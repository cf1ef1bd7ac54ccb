package verdict.terraform.aws.codebuild_source_credentials_test

import data.verdict.terraform.aws.codebuild_source_credentials as rule
import rego.v1

proj(body) := {"resource": {"aws_codebuild_project": {"build": [object.union({"name": "build"}, body)]}}}

test_credentials_fire if {
	[r] := [x | some x in rule.deny] with input as proj({"source": [{"type": "GITHUB", "location": "https://ci-bot:s3cr3t@github.com/example/app.git"}]})
	r.path == ["resource", "aws_codebuild_project", "build", 0, "source", 0, "location"]
	count(rule.deny) == 1 with input as proj({"secondary_sources": [{"source_identifier": "b", "location": "https://ghp_abcdefghijklmnopqrstuvwxyz0123@github.com/example/lib.git"}]})
}

test_clean_unknown_pass if {
	count(rule.deny) == 0 with input as proj({"source": [{"type": "GITHUB", "location": "https://github.com/example/app.git"}]})
	count(rule.deny) == 0 with input as proj({"source": [{"type": "BITBUCKET", "location": "https://alice@bitbucket.org/example/app.git"}]})
	count(rule.deny) == 0 with input as proj({"source": [{"type": "GITHUB", "location": "${var.repo_url}"}]})
}
