package verdict.terraform.aws.s3_public_access_block_settings_test

import data.verdict.terraform.aws.s3_public_access_block_settings as pab
import rego.v1

block(body) := {"resource": {"aws_s3_bucket_public_access_block": {"logs": [body]}}}

all_true := {
	"bucket": "${aws_s3_bucket.logs.id}",
	"block_public_acls": true,
	"block_public_policy": true,
	"ignore_public_acls": true,
	"restrict_public_buckets": true,
}

test_all_settings_true_passes if {
	count(pab.deny) == 0 with input as block(all_true)
}

test_false_setting_fires_at_the_attribute if {
	[r] := [x | some x in pab.deny] with input as block(object.union(all_true, {"block_public_policy": false}))
	r.path == ["resource", "aws_s3_bucket_public_access_block", "logs", 0, "block_public_policy"]
	r.resource == "aws_s3_bucket_public_access_block.logs"
}

test_unset_settings_fire_at_the_block if {
	findings := pab.deny with input as block({"bucket": "x", "block_public_acls": "true"})
	count(findings) == 3
	every r in findings {
		r.path == ["resource", "aws_s3_bucket_public_access_block", "logs", 0]
	}
}

test_unknown_setting_is_not_judged if {
	count(pab.deny) == 0 with input as block(object.union(all_true, {"ignore_public_acls": "${var.ignore}"}))
}

test_account_level_block_in_plan if {
	inp := {"planned_values": {"root_module": {"resources": [{
		"address": "aws_s3_account_public_access_block.this", "mode": "managed",
		"type": "aws_s3_account_public_access_block", "name": "this",
		"values": {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": false},
	}]}}}
	[r] := [x | some x in pab.deny] with input as inp
	r.path == ["planned_values", "root_module", "resources", 0, "values", "restrict_public_buckets"]
}
