package verdict.terraform.aws.subnet_public_ip_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.subnet_public_ip as rule
import rego.v1

test_public_ip_on_launch_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_subnet", {"cidr_block": "10.0.1.0/24", "map_public_ip_on_launch": true})
	r.path == ["resource", "aws_subnet", "this", 0, "map_public_ip_on_launch"]
	count(rule.deny) == 1 with input as fx.hcl("aws_default_subnet", {"map_public_ip_on_launch": "true"})
	count(rule.deny) == 1 with input as fx.plan("aws_subnet", {"map_public_ip_on_launch": true}, {})
}

test_private_or_unknown_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_subnet", {"cidr_block": "10.0.1.0/24"})
	count(rule.deny) == 0 with input as fx.hcl("aws_subnet", {"map_public_ip_on_launch": false})
	count(rule.deny) == 0 with input as fx.hcl("aws_subnet", {"map_public_ip_on_launch": "${var.public}"})
}
