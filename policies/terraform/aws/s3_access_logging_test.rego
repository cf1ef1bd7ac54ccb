package verdict.terraform.aws.s3_access_logging_test

import data.verdict.terraform.aws.s3_access_logging
import rego.v1

res(body) := {"resource": {"aws_s3_bucket": {"x": [object.union({"bucket": "acme-data"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in s3_access_logging.warn] with input as res({})
	r.path == ["resource", "aws_s3_bucket", "x", 0]
	r.resource == "aws_s3_bucket.x"
}

test_passes_0 if {
	count(s3_access_logging.warn) == 0 with input as res({"logging": [{"target_bucket": "acme-logs"}]})
}

test_passes_1 if {
	count(s3_access_logging.warn) == 0 with input as res({"acl": "log-delivery-write"})
}

test_unknown_passes_0 if {
	count(s3_access_logging.warn) == 0 with input as res({"logging": "${var.logging}"})
}

test_logging_resource_and_log_targets if {
	inp := {"resource": {
		"aws_s3_bucket": {"data": [{"bucket": "acme-data"}], "logs": [{"bucket": "acme-logs"}], "other": [{"bucket": "acme-other"}], "legacy": [{"bucket": "acme-legacy", "logging": [{"target_bucket": "${aws_s3_bucket.other.id}"}]}]},
		"aws_s3_bucket_logging": {"data": [{"bucket": "${aws_s3_bucket.data.id}", "target_bucket": "${aws_s3_bucket.logs.id}"}]},
	}}
	count(s3_access_logging.warn) == 0 with input as inp
}

test_acl_resource_log_target if {
	inp := {"resource": {
		"aws_s3_bucket": {"logs": [{"bucket": "acme-logs"}], "data": [{"bucket": "acme-data"}]},
		"aws_s3_bucket_acl": {"logs": [{"bucket": "${aws_s3_bucket.logs.id}", "acl": "log-delivery-write"}]},
	}}
	{r.resource | some r in s3_access_logging.warn} == {"aws_s3_bucket.data"} with input as inp
}

test_plan if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_s3_bucket.data", "mode": "managed", "type": "aws_s3_bucket", "name": "data", "values": {"bucket": "acme-data", "logging": []}},
		{"address": "aws_s3_bucket.logs", "mode": "managed", "type": "aws_s3_bucket", "name": "logs", "values": {"bucket": "acme-logs", "logging": []}},
		{"address": "aws_s3_bucket.raw", "mode": "managed", "type": "aws_s3_bucket", "name": "raw", "values": {"bucket": "acme-raw", "logging": []}},
		{"address": "aws_s3_bucket_logging.data", "mode": "managed", "type": "aws_s3_bucket_logging", "name": "data", "values": {"bucket": "acme-data", "target_bucket": "acme-logs", "target_prefix": "data/"}},
	]}}}
	{r.resource | some r in s3_access_logging.warn} == {"aws_s3_bucket.raw"} with input as inp
}
