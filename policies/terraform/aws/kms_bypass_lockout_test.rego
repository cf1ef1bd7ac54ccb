package verdict.terraform.aws.kms_bypass_lockout_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.kms_bypass_lockout as rule
import rego.v1

test_bypass_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_kms_key_policy", {"key_id": "x", "bypass_policy_lockout_safety_check": true})
	r.path == ["resource", "aws_kms_key_policy", "this", 0, "bypass_policy_lockout_safety_check"]
	count(rule.deny) == 1 with input as fx.plan("aws_kms_key", {"bypass_policy_lockout_safety_check": true}, {})
}

test_default_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_kms_key", {})
	count(rule.deny) == 0 with input as fx.hcl("aws_kms_key", {"bypass_policy_lockout_safety_check": false})
}
