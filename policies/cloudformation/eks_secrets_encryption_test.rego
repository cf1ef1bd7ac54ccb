package verdict.cloudformation.eks_secrets_encryption_test

import data.verdict.cloudformation.eks_secrets_encryption as eks
import rego.v1

cluster(props) := {"Resources": {"Cluster": {"Type": "AWS::EKS::Cluster", "Properties": object.union({"ResourcesVpcConfig": {"SubnetIds": ["subnet-1"]}}, props)}}}

test_no_encryption_config_fires if {
	some r in eks.deny with input as cluster({})
	r.path == ["Resources", "Cluster", "Properties"]
	r.resource == "Cluster"
}

test_config_without_secrets_fires if {
	some r in eks.deny with input as cluster({"EncryptionConfig": []})
	r.path == ["Resources", "Cluster", "Properties", "EncryptionConfig"]
	count(eks.deny) == 1 with input as cluster({"EncryptionConfig": [{"Resources": ["configmaps"], "Provider": {"KeyArn": "k"}}]})
}

test_secrets_encrypted_passes if {
	count(eks.deny) == 0 with input as cluster({"EncryptionConfig": [{"Resources": ["secrets"], "Provider": {"KeyArn": {"Fn::GetAtt": ["Key", "Arn"]}}}]})
}

test_unknown_passes if {
	count(eks.deny) == 0 with input as cluster({"EncryptionConfig": {"Fn::If": ["Enc", [{"Resources": ["secrets"]}], {"Ref": "AWS::NoValue"}]}})
	count(eks.deny) == 0 with input as cluster({"EncryptionConfig": [{"Resources": {"Ref": "Kinds"}}]})
	count(eks.deny) == 0 with input as cluster({"EncryptionConfig": [{"Resources": [{"Ref": "Kind"}]}]})
	count(eks.deny) == 0 with input as cluster({"EncryptionConfig": {"Ref": "Config"}})
}
