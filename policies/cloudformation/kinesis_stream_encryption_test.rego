package verdict.cloudformation.kinesis_stream_encryption_test

import data.verdict.cloudformation.kinesis_stream_encryption as kinesis
import rego.v1

stream(props) := {"Resources": {"Events": {"Type": "AWS::Kinesis::Stream", "Properties": object.union({"ShardCount": 1}, props)}}}

test_unencrypted_fires if {
	some r in kinesis.deny with input as stream({})
	r.path == ["Resources", "Events", "Properties"]
	r.resource == "Events"
	some s in kinesis.deny with input as stream({"StreamEncryption": {"EncryptionType": "NONE"}})
	s.path == ["Resources", "Events", "Properties", "StreamEncryption", "EncryptionType"]
}

test_encrypted_passes if {
	count(kinesis.deny) == 0 with input as stream({"StreamEncryption": {"EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}})
}

test_unknown_passes if {
	count(kinesis.deny) == 0 with input as stream({"StreamEncryption": {"Fn::If": ["Enc", {"EncryptionType": "KMS", "KeyId": "k"}, {"Ref": "AWS::NoValue"}]}})
	count(kinesis.deny) == 0 with input as stream({"StreamEncryption": {"EncryptionType": {"Ref": "Type"}, "KeyId": "k"}})
}
