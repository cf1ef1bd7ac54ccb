package verdict.terraform.aws.firehose_encryption_test

import data.verdict.terraform.aws.firehose_encryption
import rego.v1

res(body) := {"resource": {"aws_kinesis_firehose_delivery_stream": {"x": [object.union({"name": "events", "destination": "extended_s3", "extended_s3_configuration": [{"role_arn": "r", "bucket_arn": "b"}]}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in firehose_encryption.deny] with input as res({})
	r.path == ["resource", "aws_kinesis_firehose_delivery_stream", "x", 0]
	r.resource == "aws_kinesis_firehose_delivery_stream.x"
}

test_fires_1 if {
	[r] := [x | some x in firehose_encryption.deny] with input as res({"server_side_encryption": [{"enabled": false}]})
	r.path == ["resource", "aws_kinesis_firehose_delivery_stream", "x", 0, "server_side_encryption", 0, "enabled"]
	r.resource == "aws_kinesis_firehose_delivery_stream.x"
}

test_passes_0 if {
	count(firehose_encryption.deny) == 0 with input as res({"server_side_encryption": [{"enabled": true, "key_type": "AWS_OWNED_CMK"}]})
}

test_passes_1 if {
	count(firehose_encryption.deny) == 0 with input as res({"kinesis_source_configuration": [{"kinesis_stream_arn": "a", "role_arn": "r"}]})
}

test_unknown_passes_0 if {
	count(firehose_encryption.deny) == 0 with input as res({"server_side_encryption": [{"enabled": "${var.sse}"}]})
}

test_unknown_passes_1 if {
	count(firehose_encryption.deny) == 0 with input as res({"msk_source_configuration": "${var.msk}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_kinesis_firehose_delivery_stream.x", "mode": "managed", "type": "aws_kinesis_firehose_delivery_stream", "name": "x", "values": {"name": "e", "destination": "extended_s3", "server_side_encryption": [{"enabled": false, "key_type": "AWS_OWNED_CMK", "key_arn": null}], "kinesis_source_configuration": [], "msk_source_configuration": []}}]}}}
	count(firehose_encryption.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_kinesis_firehose_delivery_stream.x", "mode": "managed", "type": "aws_kinesis_firehose_delivery_stream", "name": "x", "values": {"name": "e", "destination": "extended_s3", "server_side_encryption": [], "kinesis_source_configuration": [{"kinesis_stream_arn": "a", "role_arn": "r"}], "msk_source_configuration": []}}]}}}
	count(firehose_encryption.deny) == 0 with input as inp
}
