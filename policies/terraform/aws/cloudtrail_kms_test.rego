package verdict.terraform.aws.cloudtrail_kms_test

import data.verdict.terraform.aws.cloudtrail_kms
import rego.v1

trail(body) := {"resource": {"aws_cloudtrail": {"main": [object.union({"name": "main", "s3_bucket_name": "${aws_s3_bucket.trail.id}"}, body)]}}}

test_trail_without_key_fires if {
	[r] := [x | some x in cloudtrail_kms.deny] with input as trail({})
	r.path == ["resource", "aws_cloudtrail", "main", 0]
	[s] := [x | some x in cloudtrail_kms.deny] with input as trail({"kms_key_id": ""})
	s.path == ["resource", "aws_cloudtrail", "main", 0, "kms_key_id"]
}

test_trail_with_key_passes if {
	count(cloudtrail_kms.deny) == 0 with input as trail({"kms_key_id": "${aws_kms_key.trail.arn}"})
	count(cloudtrail_kms.deny) == 0 with input as trail({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/abcd"})
}

test_plan_key_unknown_until_apply_passes if {
	inp := {
		"planned_values": {"root_module": {"resources": [{
			"address": "aws_cloudtrail.main", "mode": "managed", "type": "aws_cloudtrail", "name": "main",
			"values": {"name": "main"},
		}]}},
		"configuration": {"root_module": {"resources": [{
			"address": "aws_cloudtrail.main", "mode": "managed", "type": "aws_cloudtrail", "name": "main",
			"expressions": {"kms_key_id": {"references": ["aws_kms_key.trail.arn", "aws_kms_key.trail"]}},
		}]}},
	}
	count(cloudtrail_kms.deny) == 0 with input as inp
}

test_plan_null_key_fires if {
	inp := {"planned_values": {"root_module": {"resources": [{
		"address": "aws_cloudtrail.main", "mode": "managed", "type": "aws_cloudtrail", "name": "main",
		"values": {"name": "main", "kms_key_id": null},
	}]}}}
	count(cloudtrail_kms.deny) == 1 with input as inp
}
