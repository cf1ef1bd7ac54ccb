package verdict.terraform.aws.ebs_volume_cmk_test

import data.verdict.terraform.aws.ebs_volume_cmk
import rego.v1

res(body) := {"resource": {"aws_ebs_volume": {"x": [object.union({"availability_zone": "eu-west-1a", "size": 10}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in ebs_volume_cmk.warn] with input as res({"encrypted": true})
	r.path == ["resource", "aws_ebs_volume", "x", 0, "encrypted"]
	r.resource == "aws_ebs_volume.x"
}

test_passes_0 if {
	count(ebs_volume_cmk.warn) == 0 with input as res({"encrypted": true, "kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/1"})
}

test_passes_1 if {
	count(ebs_volume_cmk.warn) == 0 with input as res({})
}

test_unknown_passes_0 if {
	count(ebs_volume_cmk.warn) == 0 with input as res({"encrypted": true, "kms_key_id": "${var.kms_key_arn}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_ebs_volume.x", "mode": "managed", "type": "aws_ebs_volume", "name": "x", "values": {"availability_zone": "a", "encrypted": true, "kms_key_id": null, "snapshot_id": null}}]}}}
	count(ebs_volume_cmk.warn) == 1 with input as inp
}
