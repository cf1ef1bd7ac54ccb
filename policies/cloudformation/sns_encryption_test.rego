package verdict.cloudformation.sns_encryption_test

import data.verdict.cloudformation.sns_encryption as sns
import rego.v1

topic(props) := {"Resources": {"T": {"Type": "AWS::SNS::Topic", "Properties": props}}}

test_unencrypted_fires if {
	some r in sns.deny with input as topic({"TopicName": "t"})
	r.path == ["Resources", "T", "Properties"]
	count(sns.deny) == 1 with input as {"Resources": {"T": {"Type": "AWS::SNS::Topic"}}}
}

test_encrypted_passes if {
	count(sns.deny) == 0 with input as topic({"KmsMasterKeyId": "alias/aws/sns"})
}

test_unknown_passes if {
	count(sns.deny) == 0 with input as topic({"KmsMasterKeyId": {"Ref": "Key"}})
	count(sns.deny) == 0 with input as topic({"KmsMasterKeyId": {"Fn::If": ["Enc", "alias/aws/sns", {"Ref": "AWS::NoValue"}]}})
}
