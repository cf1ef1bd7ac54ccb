package verdict.terraform.aws.sg_ingress_database_ports_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.sg_ingress_database_ports as rule
import rego.v1

sg(from, to, protocol, cidrs) := fx.hcl("aws_security_group", {"ingress": [{"from_port": from, "to_port": to, "protocol": protocol, "cidr_blocks": cidrs}]})

test_database_port_fires if {
	[r] := [x | some x in rule.deny] with input as sg(5432, 5432, "tcp", ["0.0.0.0/0"])
	r.path == ["resource", "aws_security_group", "this", 0, "ingress", 0, "cidr_blocks", 0]
	contains(r.msg, "database port(s) 5432")
}

test_range_lists_every_database_port if {
	[r] := [x | some x in rule.deny] with input as sg(3000, 6000, "6", ["0.0.0.0/0"])
	contains(r.msg, "3306, 5432, 5439, 5984")
}

test_vpc_rule_resource if {
	inp := fx.hcl("aws_vpc_security_group_ingress_rule", {"ip_protocol": "tcp", "from_port": 27017, "to_port": 27017, "cidr_ipv6": "::/0"})
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["resource", "aws_vpc_security_group_ingress_rule", "this", 0, "cidr_ipv6"]
}

test_private_other_and_all_ports_pass if {
	count(rule.deny) == 0 with input as sg(5432, 5432, "tcp", ["10.0.0.0/8"])
	count(rule.deny) == 0 with input as sg(443, 443, "tcp", ["0.0.0.0/0"])
	count(rule.deny) == 0 with input as sg(0, 65535, "tcp", ["0.0.0.0/0"])
	count(rule.deny) == 0 with input as sg(0, 0, "-1", ["0.0.0.0/0"])
	count(rule.deny) == 0 with input as sg("${var.port}", "${var.port}", "tcp", ["0.0.0.0/0"])
}

test_ports_are_tunable if {
	count(rule.deny) == 1 with input as sg(8086, 8086, "tcp", ["0.0.0.0/0"]) with data.verdict.config.database_ports as [8086]
	count(rule.deny) == 0 with input as sg(5432, 5432, "tcp", ["0.0.0.0/0"]) with data.verdict.config.database_ports as [8086]
}
