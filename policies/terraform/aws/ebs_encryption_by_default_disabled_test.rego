package verdict.terraform.aws.ebs_encryption_by_default_disabled_test

import data.verdict.terraform.aws.ebs_encryption_by_default_disabled
import rego.v1

res(body) := {"resource": {"aws_ebs_encryption_by_default": {"x": [object.union({}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in ebs_encryption_by_default_disabled.deny] with input as res({"enabled": false})
	r.path == ["resource", "aws_ebs_encryption_by_default", "x", 0, "enabled"]
	r.resource == "aws_ebs_encryption_by_default.x"
}

test_fires_1 if {
	[r] := [x | some x in ebs_encryption_by_default_disabled.deny] with input as res({"enabled": "false"})
	r.path == ["resource", "aws_ebs_encryption_by_default", "x", 0, "enabled"]
	r.resource == "aws_ebs_encryption_by_default.x"
}

test_passes_0 if {
	count(ebs_encryption_by_default_disabled.deny) == 0 with input as res({})
}

test_passes_1 if {
	count(ebs_encryption_by_default_disabled.deny) == 0 with input as res({"enabled": true})
}

test_unknown_passes_0 if {
	count(ebs_encryption_by_default_disabled.deny) == 0 with input as res({"enabled": "${var.ebs_encryption}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_ebs_encryption_by_default.x", "mode": "managed", "type": "aws_ebs_encryption_by_default", "name": "x", "values": {"enabled": true}}]}}}
	count(ebs_encryption_by_default_disabled.deny) == 0 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_ebs_encryption_by_default.x", "mode": "managed", "type": "aws_ebs_encryption_by_default", "name": "x", "values": {"enabled": false}}]}}}
	count(ebs_encryption_by_default_disabled.deny) == 1 with input as inp
}
