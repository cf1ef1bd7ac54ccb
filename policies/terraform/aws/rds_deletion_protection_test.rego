package verdict.terraform.aws.rds_deletion_protection_test

import data.verdict.terraform.aws.rds_deletion_protection
import rego.v1

res(body) := {"resource": {"aws_rds_cluster": {"x": [object.union({"engine": "aurora-postgresql"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in rds_deletion_protection.warn] with input as res({})
	r.path == ["resource", "aws_rds_cluster", "x", 0]
	r.resource == "aws_rds_cluster.x"
}

test_fires_1 if {
	[r] := [x | some x in rds_deletion_protection.warn] with input as res({"deletion_protection": false})
	r.path == ["resource", "aws_rds_cluster", "x", 0, "deletion_protection"]
	r.resource == "aws_rds_cluster.x"
}

test_passes_0 if {
	count(rds_deletion_protection.warn) == 0 with input as res({"deletion_protection": true})
}

test_unknown_passes_0 if {
	count(rds_deletion_protection.warn) == 0 with input as res({"deletion_protection": "${var.deletion_protection}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_rds_cluster.x", "mode": "managed", "type": "aws_rds_cluster", "name": "x", "values": {"engine": "aurora-postgresql", "deletion_protection": false}}]}}}
	count(rds_deletion_protection.warn) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_rds_cluster.x", "mode": "managed", "type": "aws_rds_cluster", "name": "x", "values": {"engine": "aurora-postgresql", "deletion_protection": true}}]}}}
	count(rds_deletion_protection.warn) == 0 with input as inp
}
