package verdict.cloudformation.eks_public_endpoint_test

import data.verdict.cloudformation.eks_public_endpoint as eks
import rego.v1

cluster(vpc) := {"Resources": {"Cluster": {"Type": "AWS::EKS::Cluster", "Properties": {"ResourcesVpcConfig": object.union({"SubnetIds": ["subnet-1"]}, vpc)}}}}

test_default_public_endpoint_fires if {
	some r in eks.deny with input as cluster({})
	r.path == ["Resources", "Cluster", "Properties", "ResourcesVpcConfig"]
	r.resource == "Cluster"
	some s in eks.deny with input as cluster({"EndpointPublicAccess": true, "PublicAccessCidrs": []})
	s.path == ["Resources", "Cluster", "Properties", "ResourcesVpcConfig", "PublicAccessCidrs"]
}

test_open_cidr_fires if {
	some r in eks.deny with input as cluster({"PublicAccessCidrs": ["10.0.0.0/8", "0.0.0.0/0"]})
	r.path == ["Resources", "Cluster", "Properties", "ResourcesVpcConfig", "PublicAccessCidrs", 1]
}

test_private_or_restricted_passes if {
	count(eks.deny) == 0 with input as cluster({"EndpointPublicAccess": false, "EndpointPrivateAccess": true})
	count(eks.deny) == 0 with input as cluster({"EndpointPublicAccess": "false"})
	count(eks.deny) == 0 with input as cluster({"PublicAccessCidrs": ["203.0.113.0/24"]})
}

test_unknown_passes if {
	count(eks.deny) == 0 with input as cluster({"EndpointPublicAccess": {"Ref": "Public"}})
	count(eks.deny) == 0 with input as cluster({"PublicAccessCidrs": {"Ref": "Cidrs"}})
	count(eks.deny) == 0 with input as cluster({"PublicAccessCidrs": [{"Fn::If": ["Open", "0.0.0.0/0", "10.0.0.0/8"]}]})
	count(eks.deny) == 0 with input as {"Resources": {"Cluster": {"Type": "AWS::EKS::Cluster", "Properties": {"ResourcesVpcConfig": {"Fn::If": ["A", {"EndpointPublicAccess": false}, {}]}}}}}
}
