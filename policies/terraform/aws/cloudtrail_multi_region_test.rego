package verdict.terraform.aws.cloudtrail_multi_region_test

import data.verdict.terraform.aws.cloudtrail_multi_region
import rego.v1

trail(body) := {"resource": {"aws_cloudtrail": {"main": [object.union({"name": "main", "s3_bucket_name": "${aws_s3_bucket.trail.id}"}, body)]}}}

test_default_trail_fires if {
	[r] := [x | some x in cloudtrail_multi_region.deny] with input as trail({})
	r.path == ["resource", "aws_cloudtrail", "main", 0]
	r.resource == "aws_cloudtrail.main"
}

test_explicit_false_fires_at_the_attribute if {
	[r] := [x | some x in cloudtrail_multi_region.deny] with input as trail({"is_multi_region_trail": false})
	r.path == ["resource", "aws_cloudtrail", "main", 0, "is_multi_region_trail"]
	count(cloudtrail_multi_region.deny) == 1 with input as trail({"is_multi_region_trail": "false"})
}

test_enabled_or_unknown_passes if {
	count(cloudtrail_multi_region.deny) == 0 with input as trail({"is_multi_region_trail": true})
	count(cloudtrail_multi_region.deny) == 0 with input as trail({"is_multi_region_trail": "${var.enabled}"})
}

test_plan if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_cloudtrail.a", "mode": "managed", "type": "aws_cloudtrail", "name": "a", "values": {"name": "a", "is_multi_region_trail": true}},
		{"address": "aws_cloudtrail.b", "mode": "managed", "type": "aws_cloudtrail", "name": "b", "values": {"name": "b", "is_multi_region_trail": null}},
	]}}}
	[r] := [x | some x in cloudtrail_multi_region.deny] with input as inp
	r.path == ["planned_values", "root_module", "resources", 1, "values", "is_multi_region_trail"]
}
