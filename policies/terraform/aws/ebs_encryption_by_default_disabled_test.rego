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
