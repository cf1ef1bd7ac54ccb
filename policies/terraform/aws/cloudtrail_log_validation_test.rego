package verdict.terraform.aws.cloudtrail_log_validation_test

import data.verdict.terraform.aws.cloudtrail_log_validation
import rego.v1

trail(body) := {"resource": {"aws_cloudtrail": {"main": [object.union({"name": "main", "s3_bucket_name": "${aws_s3_bucket.trail.id}"}, body)]}}}

test_default_trail_fires if {
	[r] := [x | some x in cloudtrail_log_validation.deny] with input as trail({})
	r.path == ["resource", "aws_cloudtrail", "main", 0]
	r.resource == "aws_cloudtrail.main"
}

test_explicit_false_fires_at_the_attribute if {
	[r] := [x | some x in cloudtrail_log_validation.deny] with input as trail({"enable_log_file_validation": false})
	r.path == ["resource", "aws_cloudtrail", "main", 0, "enable_log_file_validation"]
	count(cloudtrail_log_validation.deny) == 1 with input as trail({"enable_log_file_validation": "false"})
}

test_enabled_or_unknown_passes if {
	count(cloudtrail_log_validation.deny) == 0 with input as trail({"enable_log_file_validation": true})
	count(cloudtrail_log_validation.deny) == 0 with input as trail({"enable_log_file_validation": "${var.enabled}"})
}

test_plan if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_cloudtrail.a", "mode": "managed", "type": "aws_cloudtrail", "name": "a", "values": {"name": "a", "enable_log_file_validation": true}},
		{"address": "aws_cloudtrail.b", "mode": "managed", "type": "aws_cloudtrail", "name": "b", "values": {"name": "b", "enable_log_file_validation": null}},
	]}}}
	[r] := [x | some x in cloudtrail_log_validation.deny] with input as inp
	r.path == ["planned_values", "root_module", "resources", 1, "values", "enable_log_file_validation"]
}
