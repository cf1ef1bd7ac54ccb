package verdict.terraform.aws.sqs_encryption_test

import data.verdict.terraform.aws.sqs_encryption
import rego.v1

queue(body) := {"resource": {"aws_sqs_queue": {"jobs": [object.union({"name": "jobs"}, body)]}}}

test_sse_disabled_fires if {
	[r] := [x | some x in sqs_encryption.deny] with input as queue({"sqs_managed_sse_enabled": false})
	r.path == ["resource", "aws_sqs_queue", "jobs", 0, "sqs_managed_sse_enabled"]
}

test_default_kms_or_unknown_passes if {
	count(sqs_encryption.deny) == 0 with input as queue({})
	count(sqs_encryption.deny) == 0 with input as queue({"sqs_managed_sse_enabled": false, "kms_master_key_id": "alias/aws/sqs"})
	count(sqs_encryption.deny) == 0 with input as queue({"sqs_managed_sse_enabled": "${var.sse}"})
	count(sqs_encryption.deny) == 0 with input as queue({"sqs_managed_sse_enabled": false, "kms_master_key_id": "${aws_kms_key.q.id}"})
}
