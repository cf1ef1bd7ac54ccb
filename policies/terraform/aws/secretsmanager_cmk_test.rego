package verdict.terraform.aws.secretsmanager_cmk_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.secretsmanager_cmk as rule
import rego.v1

test_default_key_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_secretsmanager_secret", {"name": "db"})
	r.path == ["resource", "aws_secretsmanager_secret", "this", 0]
	[a] := [x | some x in rule.deny] with input as fx.hcl("aws_secretsmanager_secret", {"kms_key_id": "alias/aws/secretsmanager"})
	a.path == ["resource", "aws_secretsmanager_secret", "this", 0, "kms_key_id"]
}

test_customer_key_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_secretsmanager_secret", {"kms_key_id": "${aws_kms_key.secrets.arn}"})
	count(rule.deny) == 0 with input as fx.plan("aws_secretsmanager_secret", {"name": "db"}, {"kms_key_id": {"references": ["aws_kms_key.secrets.arn"]}})
}
