package verdict.cloudformation.eks_audit_logging_test

import data.verdict.cloudformation.eks_audit_logging as eks
import rego.v1

cluster(props) := {"Resources": {"Cluster": {"Type": "AWS::EKS::Cluster", "Properties": object.union({"ResourcesVpcConfig": {"SubnetIds": ["subnet-1"]}}, props)}}}

test_no_logging_fires if {
	some r in eks.deny with input as cluster({})
	r.path == ["Resources", "Cluster", "Properties"]
	r.resource == "Cluster"
}

test_types_without_audit_fire if {
	some r in eks.deny with input as cluster({"Logging": {"ClusterLogging": {"EnabledTypes": [{"Type": "api"}]}}})
	r.path == ["Resources", "Cluster", "Properties", "Logging", "ClusterLogging", "EnabledTypes"]
	some s in eks.deny with input as cluster({"Logging": {"ClusterLogging": {}}})
	s.path == ["Resources", "Cluster", "Properties", "Logging", "ClusterLogging"]
}

test_audit_passes if {
	count(eks.deny) == 0 with input as cluster({"Logging": {"ClusterLogging": {"EnabledTypes": [{"Type": "api"}, {"Type": "audit"}]}}})
}

test_unknown_passes if {
	count(eks.deny) == 0 with input as cluster({"Logging": {"ClusterLogging": {"EnabledTypes": {"Ref": "Types"}}}})
	count(eks.deny) == 0 with input as cluster({"Logging": {"ClusterLogging": {"EnabledTypes": [{"Type": {"Ref": "T"}}]}}})
	count(eks.deny) == 0 with input as cluster({"Logging": {"Fn::If": ["Log", {"ClusterLogging": {"EnabledTypes": [{"Type": "audit"}]}}, {}]}})
	count(eks.deny) == 0 with input as cluster({"Logging": {"ClusterLogging": {"EnabledTypes": "audit"}}})
}
