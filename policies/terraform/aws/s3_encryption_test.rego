package verdict.terraform.aws.s3_encryption_test

import data.verdict.terraform.aws.s3_encryption
import rego.v1

test_bucket_without_encryption_fires if {
	inp := {"resource": {"aws_s3_bucket": {"logs": [{"bucket": "acme-logs"}]}}}
	some r in s3_encryption.deny with input as inp
	r.path == ["resource", "aws_s3_bucket", "logs", 0]
	r.resource == "aws_s3_bucket.logs"
}

test_inline_encryption_passes if {
	inp := {"resource": {"aws_s3_bucket": {"logs": [{
		"bucket": "acme-logs",
		"server_side_encryption_configuration": [{"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "AES256"}]}]}],
	}]}}}
	count(s3_encryption.deny) == 0 with input as inp
}

test_separate_resource_by_reference_passes if {
	inp := {"resource": {
		"aws_s3_bucket": {"logs": [{"bucket": "acme-logs"}], "other": [{"bucket": "acme-other"}]},
		"aws_s3_bucket_server_side_encryption_configuration": {"logs": [{
			"bucket": "${aws_s3_bucket.logs[0].id}",
			"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "aws:kms"}]}],
		}]},
	}}
	{r.resource | some r in s3_encryption.deny} == {"aws_s3_bucket.other"} with input as inp
}

test_unresolvable_bucket_reference_covers_module if {
	inp := {"resource": {
		"aws_s3_bucket": {"logs": [{"bucket": "${var.name}"}]},
		"aws_s3_bucket_server_side_encryption_configuration": {"logs": [{"bucket": "${local.bucket_id}"}]},
	}}
	count(s3_encryption.deny) == 0 with input as inp
}

test_plan_bucket_matched_by_name if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_s3_bucket.a", "mode": "managed", "type": "aws_s3_bucket", "name": "a", "values": {"bucket": "acme-a", "server_side_encryption_configuration": []}},
		{"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b", "values": {"bucket": "acme-b", "server_side_encryption_configuration": []}},
		{"address": "aws_s3_bucket_server_side_encryption_configuration.a", "mode": "managed", "type": "aws_s3_bucket_server_side_encryption_configuration", "name": "a", "values": {"bucket": "acme-a"}},
	]}}}
	[r] := [x | some x in s3_encryption.deny] with input as inp
	r.resource == "aws_s3_bucket.b"
	r.path == ["planned_values", "root_module", "resources", 1, "values"]
}
