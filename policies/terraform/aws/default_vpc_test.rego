package verdict.terraform.aws.default_vpc_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.default_vpc as rule
import rego.v1

test_default_vpc_and_subnet_warn if {
	[r] := [x | some x in rule.warn] with input as fx.hcl("aws_default_vpc", {})
	r.path == ["resource", "aws_default_vpc", "this", 0]
	[s] := [x | some x in rule.warn] with input as fx.hcl("aws_default_subnet", {"availability_zone": "eu-west-1a"})
	contains(s.msg, "default subnet")
}

test_deleted_default_vpc_and_own_vpc_pass if {
	count(rule.warn) == 0 with input as fx.hcl("aws_default_vpc", {"force_destroy": true})
	count(rule.warn) == 0 with input as fx.hcl("aws_vpc", {"cidr_block": "10.0.0.0/16"})
}

test_switched_off_or_unknown_instances_pass if {
	count(rule.warn) == 0 with input as fx.hcl("aws_default_vpc", {"count": "${var.manage_default_vpc ? 1 : 0}"})
	count(rule.warn) == 0 with input as fx.hcl("aws_default_subnet", {"for_each": "${var.azs}"})
	count(rule.warn) == 1 with input as fx.hcl("aws_default_vpc", {"count": 1})
}
