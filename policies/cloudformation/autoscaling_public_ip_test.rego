package verdict.cloudformation.autoscaling_public_ip_test

import data.verdict.cloudformation.autoscaling_public_ip as asg
import rego.v1

lc(props) := {"Resources": {"Lc": {"Type": "AWS::AutoScaling::LaunchConfiguration", "Properties": object.union({"ImageId": "ami-1", "InstanceType": "t3.micro"}, props)}}}

test_public_ip_fires if {
	some r in asg.deny with input as lc({"AssociatePublicIpAddress": true})
	r.path == ["Resources", "Lc", "Properties", "AssociatePublicIpAddress"]
	r.resource == "Lc"
	count(asg.deny) == 1 with input as lc({"AssociatePublicIpAddress": "true"})
}

test_private_passes if {
	count(asg.deny) == 0 with input as lc({})
	count(asg.deny) == 0 with input as lc({"AssociatePublicIpAddress": false})
}

test_unknown_passes if {
	count(asg.deny) == 0 with input as lc({"AssociatePublicIpAddress": {"Ref": "Public"}})
	count(asg.deny) == 0 with input as lc({"AssociatePublicIpAddress": {"Fn::If": ["Pub", true, false]}})
}
