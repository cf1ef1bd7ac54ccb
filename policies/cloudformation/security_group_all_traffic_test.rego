package verdict.cloudformation.security_group_all_traffic_test

import data.verdict.cloudformation.security_group_all_traffic as all
import rego.v1

group(rules) := {"Resources": {"G": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "g", "SecurityGroupIngress": rules}}}}

test_all_traffic_fires if {
	some r in all.deny with input as group([{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"}, {"IpProtocol": -1, "CidrIp": "0.0.0.0/0"}])
	r.path == ["Resources", "G", "Properties", "SecurityGroupIngress", 1, "CidrIp"]
	count(all.deny) == 1 with input as group([{"IpProtocol": "tcp", "FromPort": "0", "ToPort": "65535", "CidrIpv6": "::/0"}])
}

test_standalone_fires if {
	tmpl := {"Resources": {"I": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {"GroupId": {"Ref": "G"}, "IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}}}}
	some r in all.deny with input as tmpl
	r.path == ["Resources", "I", "Properties", "CidrIp"]
}

test_restricted_passes if {
	count(all.deny) == 0 with input as group([{"IpProtocol": "-1", "CidrIp": "10.0.0.0/8"}])
	count(all.deny) == 0 with input as group([{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"}])
	count(all.deny) == 0 with input as {"Resources": {"G": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "g", "SecurityGroupEgress": [{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}]}}}}
}

test_unknown_passes if {
	count(all.deny) == 0 with input as group([{"IpProtocol": "-1", "CidrIp": {"Ref": "Cidr"}}])
	count(all.deny) == 0 with input as group([{"IpProtocol": {"Fn::If": ["Open", "-1", "tcp"]}, "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"}])
}
