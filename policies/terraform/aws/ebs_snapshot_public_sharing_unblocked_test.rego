package verdict.terraform.aws.ebs_snapshot_public_sharing_unblocked_test

import data.verdict.terraform.aws.ebs_snapshot_public_sharing_unblocked
import rego.v1

res(body) := {"resource": {"aws_ebs_snapshot_block_public_access": {"x": [object.union({}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in ebs_snapshot_public_sharing_unblocked.deny] with input as res({"state": "unblocked"})
	r.path == ["resource", "aws_ebs_snapshot_block_public_access", "x", 0, "state"]
	r.resource == "aws_ebs_snapshot_block_public_access.x"
}

test_passes_0 if {
	count(ebs_snapshot_public_sharing_unblocked.deny) == 0 with input as res({"state": "block-all-sharing"})
}

test_unknown_passes_0 if {
	count(ebs_snapshot_public_sharing_unblocked.deny) == 0 with input as res({"state": "${var.state}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_ebs_snapshot_block_public_access.x", "mode": "managed", "type": "aws_ebs_snapshot_block_public_access", "name": "x", "values": {"state": "unblocked"}}]}}}
	count(ebs_snapshot_public_sharing_unblocked.deny) == 1 with input as inp
}
