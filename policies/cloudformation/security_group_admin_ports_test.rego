package verdict.cloudformation.security_group_admin_ports_test

import data.verdict.cloudformation.security_group_admin_ports as sg
import rego.v1

group(rules) := {"Resources": {"Web": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "web", "SecurityGroupIngress": rules}}}}

test_inline_ssh_from_anywhere_fires if {
	some r in sg.deny with input as group([
		{"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"},
	])
	r.path == ["Resources", "Web", "Properties", "SecurityGroupIngress", 1, "CidrIp"]
	r.resource == "Web"
	count(sg.deny) == 1 with input as group([
		{"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"},
	])
}

test_string_ports_and_ranges_fire if {
	some r in sg.deny with input as group([{"IpProtocol": "tcp", "FromPort": "3000", "ToPort": "4000", "CidrIp": "0.0.0.0/0"}])
	contains(r.msg, "3389")
}

test_ipv6_fires if {
	some r in sg.deny with input as group([{"IpProtocol": "6", "FromPort": 22, "ToPort": 22, "CidrIpv6": "::/0"}])
	r.path == ["Resources", "Web", "Properties", "SecurityGroupIngress", 0, "CidrIpv6"]
}

test_all_traffic_fires if {
	some r in sg.deny with input as group([{"IpProtocol": -1, "CidrIp": "0.0.0.0/0"}])
	r.msg == "security group \"Web\" allows 0.0.0.0/0 to admin port(s) 22, 3389"
	count(sg.deny) == 1 with input as group([{"IpProtocol": "-1", "FromPort": -1, "ToPort": -1, "CidrIp": "0.0.0.0/0"}])
}

test_standalone_ingress_fires if {
	tmpl := {"Resources": {"SshIn": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {
		"GroupId": {"Ref": "Web"}, "IpProtocol": "tcp", "FromPort": 3389, "ToPort": 3389, "CidrIp": "0.0.0.0/0",
	}}}}
	some r in sg.deny with input as tmpl
	r.path == ["Resources", "SshIn", "Properties", "CidrIp"]
}

test_parameter_default_world_fires if {
	tmpl := object.union(
		group([{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": {"Ref": "SSHLocation"}}]),
		{"Parameters": {"SSHLocation": {"Type": "String", "Default": "0.0.0.0/0"}}},
	)
	some r in sg.deny with input as tmpl
	r.path == ["Resources", "Web", "Properties", "SecurityGroupIngress", 0, "CidrIp"]
}

test_restricted_or_unknown_cidr_passes if {
	count(sg.deny) == 0 with input as group([{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "10.0.0.0/8"}])
	count(sg.deny) == 0 with input as group([{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": {"Ref": "AdminCidr"}}])
	count(sg.deny) == 0 with input as group([{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": {"Fn::If": ["Open", "0.0.0.0/0", "10.0.0.0/8"]}}])
}

test_other_ports_and_protocols_pass if {
	count(sg.deny) == 0 with input as group([
		{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "icmp", "FromPort": -1, "ToPort": -1, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": {"Ref": "Port"}, "ToPort": {"Ref": "Port"}, "CidrIp": "0.0.0.0/0"},
	])
}

test_admin_ports_are_tunable if {
	rules := [{"IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "CidrIp": "0.0.0.0/0"}]
	count(sg.deny) == 0 with input as group(rules)
	count(sg.deny) == 1 with input as group(rules) with data.verdict.config.admin_ports as [5432]
}

test_conditional_rule_list_is_unknown if {
	count(sg.deny) == 0 with input as group({"Fn::If": ["Open", [{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}], []]})
}
