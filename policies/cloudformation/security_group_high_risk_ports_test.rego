package verdict.cloudformation.security_group_high_risk_ports_test

import data.verdict.cloudformation.security_group_high_risk_ports as hr
import rego.v1

group(rules) := {"Resources": {"G": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "g", "SecurityGroupIngress": rules}}}}

test_database_port_fires if {
	some r in hr.deny with input as group([{"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0"}, {"IpProtocol": "tcp", "FromPort": "5432", "ToPort": "5432", "CidrIp": "0.0.0.0/0"}])
	r.path == ["Resources", "G", "Properties", "SecurityGroupIngress", 1, "CidrIp"]
	r.msg == "security group \"G\" allows 0.0.0.0/0 to port(s) 5432"
	some s in hr.deny with input as group([{"IpProtocol": "6", "FromPort": 6000, "ToPort": 7000, "CidrIpv6": "::/0"}])
	contains(s.msg, "6379")
}

test_other_ports_pass if {
	count(hr.deny) == 0 with input as group([{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"}])
	count(hr.deny) == 0 with input as group([{"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306, "CidrIp": "10.0.0.0/16"}])
	count(hr.deny) == 0 with input as group([{"IpProtocol": "tcp", "FromPort": 0, "ToPort": 65535, "CidrIp": "0.0.0.0/0"}])
	count(hr.deny) == 0 with input as group([{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}])
}

test_unknown_passes if {
	count(hr.deny) == 0 with input as group([{"IpProtocol": "tcp", "FromPort": {"Ref": "Port"}, "ToPort": {"Ref": "Port"}, "CidrIp": "0.0.0.0/0"}])
	count(hr.deny) == 0 with input as group([{"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306, "CidrIp": {"Fn::If": ["Open", "0.0.0.0/0", "10.0.0.0/8"]}}])
}

test_ports_are_tunable if {
	count(hr.deny) == 1 with input as group([{"IpProtocol": "tcp", "FromPort": 8080, "ToPort": 8080, "CidrIp": "0.0.0.0/0"}]) with data.verdict.config.high_risk_ports as [8080]
}
