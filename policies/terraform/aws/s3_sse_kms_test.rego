package verdict.terraform.aws.s3_sse_kms_test

import data.verdict.terraform.aws.s3_sse_kms
import rego.v1

res(body) := {"resource": {"aws_s3_bucket_server_side_encryption_configuration": {"x": [object.union({"bucket": "${aws_s3_bucket.data.id}"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in s3_sse_kms.warn] with input as res({"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "AES256"}]}]})
	r.path == ["resource", "aws_s3_bucket_server_side_encryption_configuration", "x", 0, "rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm"]
	r.resource == "aws_s3_bucket_server_side_encryption_configuration.x"
}

test_passes_0 if {
	count(s3_sse_kms.warn) == 0 with input as res({"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "aws:kms", "kms_master_key_id": "${aws_kms_key.data.arn}"}]}]})
}

test_unknown_passes_0 if {
	count(s3_sse_kms.warn) == 0 with input as res({"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "${var.sse}"}]}]})
}

test_inline_configuration_of_a_bucket_with_a_split_resource_is_not_judged if {
	inp := {"resource": {
		"aws_s3_bucket": {"b": [{"bucket": "b", "server_side_encryption_configuration": [{"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "AES256"}]}]}]}]},
		"aws_s3_bucket_server_side_encryption_configuration": {"b": [{"bucket": "${aws_s3_bucket.b.id}", "rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "aws:kms"}]}]}]},
	}}
	count(s3_sse_kms.warn) == 0 with input as inp
}

test_inline_v3_configuration if {
	inp := {"resource": {"aws_s3_bucket": {"b": [{"bucket": "b", "server_side_encryption_configuration": [{"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "AES256"}]}]}]}]}}}
	[r] := [x | some x in s3_sse_kms.warn] with input as inp
	r.path == ["resource", "aws_s3_bucket", "b", 0, "server_side_encryption_configuration", 0, "rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm"]
}
