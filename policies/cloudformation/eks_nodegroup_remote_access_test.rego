package verdict.cloudformation.eks_nodegroup_remote_access_test

import data.verdict.cloudformation.eks_nodegroup_remote_access as ng
import rego.v1

nodes(remote) := {"Resources": {"Nodes": {"Type": "AWS::EKS::Nodegroup", "Properties": {"ClusterName": "main", "RemoteAccess": remote}}}}

test_ssh_key_without_groups_fires if {
	some r in ng.deny with input as nodes({"Ec2SshKey": "ops"})
	r.path == ["Resources", "Nodes", "Properties", "RemoteAccess"]
	r.resource == "Nodes"
	count(ng.deny) == 1 with input as nodes({"Ec2SshKey": "ops", "SourceSecurityGroups": []})
}

test_restricted_or_no_remote_access_passes if {
	count(ng.deny) == 0 with input as nodes({"Ec2SshKey": "ops", "SourceSecurityGroups": ["sg-1"]})
	count(ng.deny) == 0 with input as {"Resources": {"Nodes": {"Type": "AWS::EKS::Nodegroup", "Properties": {"ClusterName": "main"}}}}
}

test_unknown_passes if {
	count(ng.deny) == 0 with input as nodes({"Ec2SshKey": {"Ref": "KeyName"}})
	count(ng.deny) == 0 with input as nodes({"Ec2SshKey": "ops", "SourceSecurityGroups": {"Ref": "Groups"}})
	count(ng.deny) == 0 with input as nodes({"Fn::If": ["Ssh", {"Ec2SshKey": "ops"}, {"Ref": "AWS::NoValue"}]})
}
