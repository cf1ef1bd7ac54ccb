package verdict.terraform.aws.nacl_admin_ports_test

import data.verdict.terraform.aws.nacl_admin_ports as nacl
import rego.v1

acl_rule(body) := {"resource": {"aws_network_acl_rule": {"ssh": [object.union(
	{"network_acl_id": "${aws_network_acl.public.id}", "rule_number": 100, "protocol": "tcp", "rule_action": "allow", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22},
	body,
)]}}}

test_nacl_rule_ssh_from_anywhere_fires if {
	[r] := [x | some x in nacl.deny] with input as acl_rule({})
	r.path == ["resource", "aws_network_acl_rule", "ssh", 0, "cidr_block"]
	r.resource == "aws_network_acl_rule.ssh"
}

test_egress_deny_and_private_rules_pass if {
	count(nacl.deny) == 0 with input as acl_rule({"egress": true})
	count(nacl.deny) == 0 with input as acl_rule({"rule_action": "deny"})
	count(nacl.deny) == 0 with input as acl_rule({"cidr_block": "10.0.0.0/16"})
	count(nacl.deny) == 0 with input as acl_rule({"from_port": 80, "to_port": 443})
	count(nacl.deny) == 0 with input as acl_rule({"egress": "${var.egress}"})
}

test_inline_all_traffic_ingress_fires if {
	inp := {"resource": {"aws_network_acl": {"public": [{
		"vpc_id": "${aws_vpc.main.id}",
		"ingress": [
			{"protocol": "tcp", "rule_no": 100, "action": "allow", "cidr_block": "0.0.0.0/0", "from_port": 443, "to_port": 443},
			{"protocol": "-1", "rule_no": 200, "action": "allow", "ipv6_cidr_block": "::/0", "from_port": 0, "to_port": 0},
		],
	}]}}}
	[r] := [x | some x in nacl.deny] with input as inp
	r.path == ["resource", "aws_network_acl", "public", 0, "ingress", 1, "ipv6_cidr_block"]
}
