package verdict.cloudformation.sqs_encryption_test

import data.verdict.cloudformation.sqs_encryption as sqs
import rego.v1

queue(props) := {"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": props}}}

test_sse_disabled_fires if {
	some r in sqs.deny with input as queue({"SqsManagedSseEnabled": false})
	r.path == ["Resources", "Q", "Properties", "SqsManagedSseEnabled"]
	count(sqs.deny) == 1 with input as queue({"SqsManagedSseEnabled": "false", "KmsMasterKeyId": {"Ref": "AWS::NoValue"}})
}

test_default_or_kms_passes if {
	count(sqs.deny) == 0 with input as queue({})
	count(sqs.deny) == 0 with input as queue({"SqsManagedSseEnabled": false, "KmsMasterKeyId": "alias/aws/sqs"})
	count(sqs.deny) == 0 with input as queue({"SqsManagedSseEnabled": true})
}

test_unknown_passes if {
	count(sqs.deny) == 0 with input as queue({"SqsManagedSseEnabled": {"Ref": "Sse"}})
	count(sqs.deny) == 0 with input as queue({"SqsManagedSseEnabled": {"Fn::If": ["Sse", true, false]}})
}
