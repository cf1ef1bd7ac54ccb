package verdict.terraform.aws.rds_snapshot_public_test

import data.verdict.terraform.aws.rds_snapshot_public
import rego.v1

res(body) := {"resource": {"aws_db_snapshot": {"x": [object.union({"db_instance_identifier": "app", "db_snapshot_identifier": "release"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in rds_snapshot_public.deny] with input as res({"shared_accounts": ["111122223333", "all"]})
	r.path == ["resource", "aws_db_snapshot", "x", 0, "shared_accounts", 1]
	r.resource == "aws_db_snapshot.x"
}

test_passes_0 if {
	count(rds_snapshot_public.deny) == 0 with input as res({"shared_accounts": ["111122223333"]})
}

test_passes_1 if {
	count(rds_snapshot_public.deny) == 0 with input as res({})
}

test_unknown_passes_0 if {
	count(rds_snapshot_public.deny) == 0 with input as res({"shared_accounts": "${var.accounts}"})
}

test_unknown_passes_1 if {
	count(rds_snapshot_public.deny) == 0 with input as res({"shared_accounts": ["${var.account}"]})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_db_snapshot.x", "mode": "managed", "type": "aws_db_snapshot", "name": "x", "values": {"db_snapshot_identifier": "s", "shared_accounts": ["all"]}}]}}}
	count(rds_snapshot_public.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_db_snapshot.x", "mode": "managed", "type": "aws_db_snapshot", "name": "x", "values": {"db_snapshot_identifier": "s", "shared_accounts": []}}]}}}
	count(rds_snapshot_public.deny) == 0 with input as inp
}
