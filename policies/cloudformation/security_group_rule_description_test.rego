package verdict.cloudformation.security_group_rule_description_test

import data.verdict.cloudformation.security_group_rule_description as d
import rego.v1

group(key, rules) := {"Resources": {"G": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "g", key: rules}}}}

test_missing_description_warns if {
	some r in d.warn with input as group("SecurityGroupIngress", [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0", "Description": "https"}, {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0"}])
	r.path == ["Resources", "G", "Properties", "SecurityGroupIngress", 1]
	some s in d.warn with input as {"Resources": {"E": {"Type": "AWS::EC2::SecurityGroupEgress", "Properties": {"GroupId": "sg-1", "IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}}}}
	s.path == ["Resources", "E", "Properties"]
	contains(s.msg, "egress")
}

test_described_passes if {
	count(d.warn) == 0 with input as group("SecurityGroupEgress", [{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0", "Description": "all out"}])
}

test_unknown_passes if {
	count(d.warn) == 0 with input as group("SecurityGroupIngress", [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0", "Description": {"Ref": "Why"}}])
	count(d.warn) == 0 with input as group("SecurityGroupIngress", [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0", "Description": {"Fn::If": ["C", "x", {"Ref": "AWS::NoValue"}]}}])
}
