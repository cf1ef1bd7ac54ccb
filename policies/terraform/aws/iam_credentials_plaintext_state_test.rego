package verdict.terraform.aws.iam_credentials_plaintext_state_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.iam_credentials_plaintext_state as rule
import rego.v1

test_access_key_without_pgp_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_iam_access_key", {"user": "ci"})
	r.path == ["resource", "aws_iam_access_key", "this", 0]
	contains(r.msg, "secret access key")
}

test_login_profile_without_pgp_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_iam_user_login_profile", {"user": "alice", "pgp_key": ""})
	r.path == ["resource", "aws_iam_user_login_profile", "this", 0, "pgp_key"]
	contains(r.msg, "console password")
}

test_pgp_or_unknown_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_iam_access_key", {"user": "ci", "pgp_key": "keybase:ci"})
	count(rule.deny) == 0 with input as fx.hcl("aws_iam_user_login_profile", {"user": "alice", "pgp_key": "${var.pgp_key}"})
}

test_plan if {
	count(rule.deny) == 1 with input as fx.plan("aws_iam_access_key", {"user": "ci", "pgp_key": null}, {})
	count(rule.deny) == 0 with input as fx.plan("aws_iam_access_key", {"user": "ci"}, {"pgp_key": {"references": ["var.pgp"]}})
}
