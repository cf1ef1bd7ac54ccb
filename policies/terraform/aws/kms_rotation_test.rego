package verdict.terraform.aws.kms_rotation_test

import data.verdict.terraform.aws.kms_rotation
import rego.v1

key(body) := {"resource": {"aws_kms_key": {"data": [object.union({"description": "data"}, body)]}}}

test_key_without_rotation_fires if {
	[r] := [x | some x in kms_rotation.deny] with input as key({})
	r.path == ["resource", "aws_kms_key", "data", 0]
	[s] := [x | some x in kms_rotation.deny] with input as key({"enable_key_rotation": false})
	s.path == ["resource", "aws_kms_key", "data", 0, "enable_key_rotation"]
}

test_rotating_or_unknown_passes if {
	count(kms_rotation.deny) == 0 with input as key({"enable_key_rotation": true})
	count(kms_rotation.deny) == 0 with input as key({"enable_key_rotation": "${var.rotate}"})
}

test_keys_that_cannot_rotate_are_not_judged if {
	count(kms_rotation.deny) == 0 with input as key({"customer_master_key_spec": "RSA_2048", "key_usage": "SIGN_VERIFY"})
	count(kms_rotation.deny) == 0 with input as key({"customer_master_key_spec": "HMAC_256"})
	count(kms_rotation.deny) == 0 with input as key({"custom_key_store_id": "cks-1234"})
}

test_plan_symmetric_key_fires if {
	inp := {"planned_values": {"root_module": {"resources": [{
		"address": "aws_kms_key.data", "mode": "managed", "type": "aws_kms_key", "name": "data",
		"values": {"customer_master_key_spec": "SYMMETRIC_DEFAULT", "custom_key_store_id": null, "enable_key_rotation": false},
	}]}}}
	[r] := [x | some x in kms_rotation.deny] with input as inp
	r.path == ["planned_values", "root_module", "resources", 0, "values", "enable_key_rotation"]
}
