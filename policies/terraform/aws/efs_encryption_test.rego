package verdict.terraform.aws.efs_encryption_test

import data.verdict.terraform.aws.efs_encryption
import rego.v1

res(body) := {"resource": {"aws_efs_file_system": {"x": [object.union({"creation_token": "shared"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in efs_encryption.deny] with input as res({})
	r.path == ["resource", "aws_efs_file_system", "x", 0]
	r.resource == "aws_efs_file_system.x"
}

test_fires_1 if {
	[r] := [x | some x in efs_encryption.deny] with input as res({"encrypted": false})
	r.path == ["resource", "aws_efs_file_system", "x", 0, "encrypted"]
	r.resource == "aws_efs_file_system.x"
}

test_passes_0 if {
	count(efs_encryption.deny) == 0 with input as res({"encrypted": true})
}

test_unknown_passes_0 if {
	count(efs_encryption.deny) == 0 with input as res({"encrypted": "${var.encrypted}"})
}

test_plan_default if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_efs_file_system.x", "mode": "managed", "type": "aws_efs_file_system", "name": "x", "values": {"creation_token": "shared", "encrypted": true, "kms_key_id": null}},
	]}}}
	count(efs_encryption.deny) == 0 with input as inp
}

test_plan_false if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_efs_file_system.x", "mode": "managed", "type": "aws_efs_file_system", "name": "x", "values": {"creation_token": "shared", "encrypted": false}},
	]}}}
	count(efs_encryption.deny) == 1 with input as inp
}
