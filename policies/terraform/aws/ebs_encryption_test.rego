package verdict.terraform.aws.ebs_encryption_test

import data.verdict.terraform.aws.ebs_encryption
import rego.v1

volume(body) := {"resource": {"aws_ebs_volume": {"data": [object.union({"availability_zone": "eu-west-1a", "size": 100}, body)]}}}

test_unencrypted_volume_fires if {
	[r] := [x | some x in ebs_encryption.deny] with input as volume({})
	r.path == ["resource", "aws_ebs_volume", "data", 0]
	[s] := [x | some x in ebs_encryption.deny] with input as volume({"encrypted": false})
	s.path == ["resource", "aws_ebs_volume", "data", 0, "encrypted"]
}

test_encrypted_unknown_or_from_snapshot_passes if {
	count(ebs_encryption.deny) == 0 with input as volume({"encrypted": true})
	count(ebs_encryption.deny) == 0 with input as volume({"encrypted": "${var.encrypted}"})
	count(ebs_encryption.deny) == 0 with input as volume({"snapshot_id": "snap-0123"})
}

test_encryption_by_default_covers_volumes if {
	inp := {"resource": {
		"aws_ebs_volume": {"data": [{"size": 10}]},
		"aws_ebs_encryption_by_default": {"this": [{}]},
	}}
	count(ebs_encryption.deny) == 0 with input as inp
	disabled := {"resource": {
		"aws_ebs_volume": {"data": [{"size": 10}]},
		"aws_ebs_encryption_by_default": {"this": [{"enabled": false}]},
	}}
	count(ebs_encryption.deny) == 1 with input as disabled
}
