package verdict.terraform.aws.sg_ingress_all_traffic_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.sg_ingress_all_traffic as rule
import rego.v1

sg(ingress) := fx.hcl("aws_security_group", {"name": "app", "ingress": ingress})

test_all_protocols_fires if {
	[r] := [x | some x in rule.deny] with input as sg([{"from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["10.0.0.0/8", "0.0.0.0/0"]}])
	r.path == ["resource", "aws_security_group", "this", 0, "ingress", 0, "cidr_blocks", 1]
	r.resource == "aws_security_group.this"
}

test_every_tcp_port_fires if {
	count(rule.deny) == 1 with input as sg([{"from_port": 0, "to_port": 65535, "protocol": "tcp", "ipv6_cidr_blocks": ["::/0"]}])
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_vpc_security_group_ingress_rule", {"ip_protocol": "-1", "cidr_ipv4": "0.0.0.0/0"})
	r.path == ["resource", "aws_vpc_security_group_ingress_rule", "this", 0, "cidr_ipv4"]
}

test_port_ranges_private_sources_and_egress_pass if {
	count(rule.deny) == 0 with input as sg([{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}])
	count(rule.deny) == 0 with input as sg([{"from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["10.0.0.0/8"]}])
	count(rule.deny) == 0 with input as fx.hcl("aws_security_group_rule", {"type": "egress", "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]})
}

test_plan if {
	p := fx.plan("aws_security_group_rule", {"type": "ingress", "from_port": 0, "to_port": 0, "protocol": "all", "cidr_blocks": ["0.0.0.0/0"]}, {})
	[r] := [x | some x in rule.deny] with input as p
	r.path == fx.plan_path(["cidr_blocks", 0])
}
