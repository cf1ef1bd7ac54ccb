package verdict.cloudformation.ec2_public_ip_test

import data.verdict.cloudformation.ec2_public_ip as pip
import rego.v1

instance(nic) := {"Resources": {"Web": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1", "NetworkInterfaces": [
	{"DeviceIndex": "1", "SubnetId": "subnet-1"},
	object.union({"DeviceIndex": "0", "SubnetId": "subnet-1"}, nic),
]}}}}

template(nic) := {"Resources": {"Lt": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {"LaunchTemplateData": {"NetworkInterfaces": [nic]}}}}}

test_instance_public_ip_fires if {
	some r in pip.deny with input as instance({"AssociatePublicIpAddress": true})
	r.path == ["Resources", "Web", "Properties", "NetworkInterfaces", 1, "AssociatePublicIpAddress"]
	r.resource == "Web"
	count(pip.deny) == 1 with input as instance({"AssociatePublicIpAddress": "true"})
}

test_launch_template_public_ip_fires if {
	some r in pip.deny with input as template({"AssociatePublicIpAddress": true, "DeviceIndex": 0})
	r.path == ["Resources", "Lt", "Properties", "LaunchTemplateData", "NetworkInterfaces", 0, "AssociatePublicIpAddress"]
	contains(r.msg, "launch template")
}

test_private_passes if {
	count(pip.deny) == 0 with input as instance({})
	count(pip.deny) == 0 with input as instance({"AssociatePublicIpAddress": false})
	count(pip.deny) == 0 with input as template({"DeviceIndex": 0})
}

test_unknown_passes if {
	count(pip.deny) == 0 with input as instance({"AssociatePublicIpAddress": {"Ref": "Public"}})
	count(pip.deny) == 0 with input as template({"AssociatePublicIpAddress": {"Fn::If": ["Pub", true, false]}})
}
