package verdict.terraform.aws.s3_acls_enabled_test

import data.verdict.terraform.aws.s3_acls_enabled
import rego.v1

res(body) := {"resource": {"aws_s3_bucket_ownership_controls": {"x": [object.union({"bucket": "${aws_s3_bucket.data.id}"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in s3_acls_enabled.deny] with input as res({"rule": [{"object_ownership": "BucketOwnerPreferred"}]})
	r.path == ["resource", "aws_s3_bucket_ownership_controls", "x", 0, "rule", 0, "object_ownership"]
	r.resource == "aws_s3_bucket_ownership_controls.x"
}

test_passes_0 if {
	count(s3_acls_enabled.deny) == 0 with input as res({"rule": [{"object_ownership": "BucketOwnerEnforced"}]})
}

test_unknown_passes_0 if {
	count(s3_acls_enabled.deny) == 0 with input as res({"rule": [{"object_ownership": "${var.ownership}"}]})
}

test_unknown_passes_1 if {
	count(s3_acls_enabled.deny) == 0 with input as res({"dynamic": {"rule": [{"content": [{}]}]}})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_s3_bucket_ownership_controls.x", "mode": "managed", "type": "aws_s3_bucket_ownership_controls", "name": "x", "values": {"bucket": "b", "rule": [{"object_ownership": "ObjectWriter"}]}}]}}}
	count(s3_acls_enabled.deny) == 1 with input as inp
}
