package verdict.terraform.aws.sg_egress_unrestricted_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.sg_egress_unrestricted as rule
import rego.v1

test_inline_all_egress_warns if {
	inp := fx.hcl("aws_security_group", {"egress": [{"from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": ["::/0"]}]})
	findings := rule.warn with input as inp
	{r.path | some r in findings} == {
		["resource", "aws_security_group", "this", 0, "egress", 0, "cidr_blocks", 0],
		["resource", "aws_security_group", "this", 0, "egress", 0, "ipv6_cidr_blocks", 0],
	}
}

test_egress_rule_resource_warns if {
	[r] := [x | some x in rule.warn] with input as fx.hcl("aws_vpc_security_group_egress_rule", {"ip_protocol": "-1", "cidr_ipv4": "0.0.0.0/0"})
	r.resource == "aws_vpc_security_group_egress_rule.this"
}

test_scoped_egress_passes if {
	count(rule.warn) == 0 with input as fx.hcl("aws_security_group", {"egress": [{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]})
	count(rule.warn) == 0 with input as fx.hcl("aws_security_group", {"egress": [{"from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["10.0.0.0/8"]}]})
	count(rule.warn) == 0 with input as fx.hcl("aws_security_group_rule", {"type": "ingress", "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]})
}
