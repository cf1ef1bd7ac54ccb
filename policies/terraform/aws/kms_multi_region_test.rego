package verdict.terraform.aws.kms_multi_region_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.kms_multi_region as rule
import rego.v1

test_multi_region_warns if {
	[r] := [x | some x in rule.warn] with input as fx.hcl("aws_kms_key", {"multi_region": true})
	r.path == ["resource", "aws_kms_key", "this", 0, "multi_region"]
}

test_single_region_passes if {
	count(rule.warn) == 0 with input as fx.hcl("aws_kms_key", {})
	count(rule.warn) == 0 with input as fx.hcl("aws_kms_key", {"multi_region": false})
}
