package verdict.terraform.aws.ssm_parameter_kms_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.ssm_parameter_kms as rule
import rego.v1

test_default_key_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_ssm_parameter", {"name": "/x", "type": "SecureString"})
	r.path == ["resource", "aws_ssm_parameter", "this", 0]
	count(rule.deny) == 1 with input as fx.hcl("aws_ssm_parameter", {"type": "SecureString", "key_id": "alias/aws/ssm"})
}

test_customer_key_or_plain_type_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_ssm_parameter", {"type": "SecureString", "key_id": "${aws_kms_key.params.arn}"})
	count(rule.deny) == 0 with input as fx.hcl("aws_ssm_parameter", {"type": "String"})
}
