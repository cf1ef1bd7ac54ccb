package verdict.terraform.aws.sg_admin_ports_test

import data.verdict.terraform.aws.sg_admin_ports
import rego.v1

sg(ingress) := {"resource": {"aws_security_group": {"bastion": [{"name": "bastion", "ingress": ingress}]}}}

rule(from, to, protocol, cidrs) := {"from_port": from, "to_port": to, "protocol": protocol, "cidr_blocks": cidrs}

test_inline_ssh_from_anywhere_fires if {
	[r] := [x | some x in sg_admin_ports.deny] with input as sg([
		rule(443, 443, "tcp", ["0.0.0.0/0"]),
		rule(22, 22, "tcp", ["10.0.0.0/8", "0.0.0.0/0"]),
	])
	r.path == ["resource", "aws_security_group", "bastion", 0, "ingress", 1, "cidr_blocks", 1]
	r.resource == "aws_security_group.bastion"
	contains(r.msg, "admin port(s) 22")
}

test_private_cidr_and_web_ports_pass if {
	count(sg_admin_ports.deny) == 0 with input as sg([
		rule(22, 22, "tcp", ["10.0.0.0/8"]),
		rule(80, 443, "tcp", ["0.0.0.0/0"]),
		rule(-1, -1, "icmp", ["0.0.0.0/0"]),
	])
}

test_all_traffic_rule_fires_on_every_admin_port if {
	[r] := [x | some x in sg_admin_ports.deny] with input as sg([{"from_port": 0, "to_port": 0, "protocol": "-1", "ipv6_cidr_blocks": ["::/0"]}])
	contains(r.msg, "22, 3389")
	r.path == ["resource", "aws_security_group", "bastion", 0, "ingress", 0, "ipv6_cidr_blocks", 0]
}

test_port_range_covering_rdp_fires if {
	[r] := [x | some x in sg_admin_ports.deny] with input as sg([rule(3000, 4000, "6", ["0.0.0.0/0"])])
	contains(r.msg, "3389")
}

test_unknown_ports_and_cidrs_pass if {
	count(sg_admin_ports.deny) == 0 with input as sg([
		rule("${var.port}", "${var.port}", "tcp", ["0.0.0.0/0"]),
		rule(22, 22, "tcp", "${var.cidrs}"),
		rule(22, 22, "tcp", ["${var.cidr}"]),
	])
}

test_admin_ports_are_tunable if {
	count(sg_admin_ports.deny) == 1 with input as sg([rule(8443, 8443, "tcp", ["0.0.0.0/0"])])
		with data.verdict.config.admin_ports as [8443]
	count(sg_admin_ports.deny) == 0 with input as sg([rule(22, 22, "tcp", ["0.0.0.0/0"])])
		with data.verdict.config.admin_ports as [8443]
}

test_security_group_rule_resource if {
	inp := {"resource": {"aws_security_group_rule": {
		"ssh": [{"type": "ingress", "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"], "security_group_id": "${aws_security_group.app.id}"}],
		"egress": [{"type": "egress", "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"], "security_group_id": "${aws_security_group.app.id}"}],
	}}}
	[r] := [x | some x in sg_admin_ports.deny] with input as inp
	r.resource == "aws_security_group_rule.ssh"
	r.path == ["resource", "aws_security_group_rule", "ssh", 0, "cidr_blocks", 0]
}

test_vpc_ingress_rule_resource if {
	inp := {"resource": {"aws_vpc_security_group_ingress_rule": {
		"rdp": [{"security_group_id": "${aws_security_group.app.id}", "cidr_ipv4": "0.0.0.0/0", "from_port": 3389, "to_port": 3389, "ip_protocol": "tcp"}],
		"all": [{"security_group_id": "${aws_security_group.app.id}", "cidr_ipv6": "::/0", "ip_protocol": "-1"}],
		"https": [{"security_group_id": "${aws_security_group.app.id}", "cidr_ipv4": "0.0.0.0/0", "from_port": 443, "to_port": 443, "ip_protocol": "tcp"}],
	}}}
	findings := sg_admin_ports.deny with input as inp
	{r.resource | some r in findings} == {"aws_vpc_security_group_ingress_rule.rdp", "aws_vpc_security_group_ingress_rule.all"}
	some r in findings
	r.resource == "aws_vpc_security_group_ingress_rule.rdp"
	r.path == ["resource", "aws_vpc_security_group_ingress_rule", "rdp", 0, "cidr_ipv4"]
}

test_plan_inline_ingress if {
	inp := {"planned_values": {"root_module": {"resources": [{
		"address": "aws_security_group.web", "mode": "managed", "type": "aws_security_group", "name": "web",
		"values": {"ingress": [{"cidr_blocks": ["0.0.0.0/0"], "description": "", "from_port": 22, "ipv6_cidr_blocks": [], "prefix_list_ids": [], "protocol": "tcp", "security_groups": [], "self": false, "to_port": 22}]},
	}]}}}
	[r] := [x | some x in sg_admin_ports.deny] with input as inp
	r.path == ["planned_values", "root_module", "resources", 0, "values", "ingress", 0, "cidr_blocks", 0]
}

test_dynamic_ingress_is_not_judged if {
	inp := {"resource": {"aws_security_group": {"app": [{"dynamic": {"ingress": [{"for_each": "${var.rules}", "content": [{"from_port": "${ingress.value.port}"}]}]}}]}}}
	count(sg_admin_ports.deny) == 0 with input as inp
}
