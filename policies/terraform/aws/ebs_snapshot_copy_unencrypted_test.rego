package verdict.terraform.aws.ebs_snapshot_copy_unencrypted_test

import data.verdict.terraform.aws.ebs_snapshot_copy_unencrypted
import rego.v1

res(body) := {"resource": {"aws_ebs_snapshot_copy": {"x": [object.union({"source_snapshot_id": "snap-1", "source_region": "eu-west-1"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in ebs_snapshot_copy_unencrypted.deny] with input as res({})
	r.path == ["resource", "aws_ebs_snapshot_copy", "x", 0]
	r.resource == "aws_ebs_snapshot_copy.x"
}

test_fires_1 if {
	[r] := [x | some x in ebs_snapshot_copy_unencrypted.deny] with input as res({"encrypted": false})
	r.path == ["resource", "aws_ebs_snapshot_copy", "x", 0, "encrypted"]
	r.resource == "aws_ebs_snapshot_copy.x"
}

test_passes_0 if {
	count(ebs_snapshot_copy_unencrypted.deny) == 0 with input as res({"encrypted": true, "kms_key_id": "${aws_kms_key.ebs.arn}"})
}

test_unknown_passes_0 if {
	count(ebs_snapshot_copy_unencrypted.deny) == 0 with input as res({"encrypted": "${var.encrypted}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_ebs_snapshot_copy.x", "mode": "managed", "type": "aws_ebs_snapshot_copy", "name": "x", "values": {"source_snapshot_id": "snap-1", "encrypted": null, "kms_key_id": null}}]}}}
	count(ebs_snapshot_copy_unencrypted.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_ebs_snapshot_copy.x", "mode": "managed", "type": "aws_ebs_snapshot_copy", "name": "x", "values": {"source_snapshot_id": "snap-1", "encrypted": true}}]}}}
	count(ebs_snapshot_copy_unencrypted.deny) == 0 with input as inp
}

test_encryption_by_default_passes if {
	inp := {"resource": {"aws_ebs_snapshot_copy": {"x": [{"source_snapshot_id": "snap-1"}]}, "aws_ebs_encryption_by_default": {"this": [{}]}}}
	count(ebs_snapshot_copy_unencrypted.deny) == 0 with input as inp
}
