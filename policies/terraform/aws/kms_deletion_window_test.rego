package verdict.terraform.aws.kms_deletion_window_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.kms_deletion_window as rule
import rego.v1

test_short_window_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_kms_key", {"deletion_window_in_days": 7})
	r.path == ["resource", "aws_kms_key", "this", 0, "deletion_window_in_days"]
	count(rule.deny) == 1 with input as fx.hcl("aws_kms_replica_key", {"deletion_window_in_days": "10"})
	count(rule.deny) == 0 with input as fx.hcl("aws_kms_key", {"deletion_window_in_days": 7}) with data.verdict.config.kms_min_deletion_window_days as 7
}

test_default_or_long_window_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_kms_key", {})
	count(rule.deny) == 0 with input as fx.hcl("aws_kms_key", {"deletion_window_in_days": 30})
	count(rule.deny) == 0 with input as fx.hcl("aws_kms_key", {"deletion_window_in_days": "${var.days}"})
}
