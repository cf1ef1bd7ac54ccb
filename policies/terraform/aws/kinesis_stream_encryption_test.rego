package verdict.terraform.aws.kinesis_stream_encryption_test

import data.verdict.terraform.aws.kinesis_stream_encryption
import rego.v1

res(body) := {"resource": {"aws_kinesis_stream": {"x": [object.union({"name": "events"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in kinesis_stream_encryption.deny] with input as res({})
	r.path == ["resource", "aws_kinesis_stream", "x", 0]
	r.resource == "aws_kinesis_stream.x"
}

test_fires_1 if {
	[r] := [x | some x in kinesis_stream_encryption.deny] with input as res({"encryption_type": "NONE"})
	r.path == ["resource", "aws_kinesis_stream", "x", 0, "encryption_type"]
	r.resource == "aws_kinesis_stream.x"
}

test_passes_0 if {
	count(kinesis_stream_encryption.deny) == 0 with input as res({"encryption_type": "KMS", "kms_key_id": "alias/aws/kinesis"})
}

test_unknown_passes_0 if {
	count(kinesis_stream_encryption.deny) == 0 with input as res({"encryption_type": "${var.encryption_type}"})
}

test_plan_default if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_kinesis_stream.x", "mode": "managed", "type": "aws_kinesis_stream", "name": "x", "values": {"name": "events", "encryption_type": "NONE"}},
	]}}}
	count(kinesis_stream_encryption.deny) == 1 with input as inp
}
