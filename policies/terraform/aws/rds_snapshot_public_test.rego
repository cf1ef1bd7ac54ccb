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
