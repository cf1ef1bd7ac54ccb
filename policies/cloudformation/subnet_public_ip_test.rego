package verdict.cloudformation.subnet_public_ip_test

import data.verdict.cloudformation.subnet_public_ip as s
import rego.v1

subnet(props) := {"Resources": {"S": {"Type": "AWS::EC2::Subnet", "Properties": object.union({"VpcId": {"Ref": "V"}, "CidrBlock": "10.0.0.0/24"}, props)}}}

test_public_ip_fires if {
	some r in s.deny with input as subnet({"MapPublicIpOnLaunch": true})
	r.path == ["Resources", "S", "Properties", "MapPublicIpOnLaunch"]
	count(s.deny) == 1 with input as subnet({"MapPublicIpOnLaunch": "true"})
}

test_private_passes if {
	count(s.deny) == 0 with input as subnet({})
	count(s.deny) == 0 with input as subnet({"MapPublicIpOnLaunch": false})
}

test_unknown_passes if {
	count(s.deny) == 0 with input as subnet({"MapPublicIpOnLaunch": {"Ref": "Public"}})
	count(s.deny) == 0 with input as subnet({"MapPublicIpOnLaunch": {"Fn::If": ["Public", true, false]}})
}
