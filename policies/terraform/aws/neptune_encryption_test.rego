package verdict.terraform.aws.neptune_encryption_test

import data.verdict.terraform.aws.neptune_encryption
import rego.v1

res(body) := {"resource": {"aws_neptune_cluster": {"x": [object.union({"cluster_identifier": "graph", "engine": "neptune"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in neptune_encryption.deny] with input as res({})
	r.path == ["resource", "aws_neptune_cluster", "x", 0]
	r.resource == "aws_neptune_cluster.x"
}

test_fires_1 if {
	[r] := [x | some x in neptune_encryption.deny] with input as res({"storage_encrypted": false})
	r.path == ["resource", "aws_neptune_cluster", "x", 0, "storage_encrypted"]
	r.resource == "aws_neptune_cluster.x"
}

test_passes_0 if {
	count(neptune_encryption.deny) == 0 with input as res({"storage_encrypted": true})
}

test_passes_1 if {
	count(neptune_encryption.deny) == 0 with input as res({"snapshot_identifier": "snap"})
}

test_passes_2 if {
	count(neptune_encryption.deny) == 0 with input as res({"replication_source_identifier": "arn:aws:rds:eu-west-1:1:cluster:g"})
}

test_unknown_passes_0 if {
	count(neptune_encryption.deny) == 0 with input as res({"storage_encrypted": "${var.encrypted}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_neptune_cluster.x", "mode": "managed", "type": "aws_neptune_cluster", "name": "x", "values": {"cluster_identifier": "g", "storage_encrypted": false, "snapshot_identifier": null, "replication_source_identifier": null}}]}}}
	count(neptune_encryption.deny) == 1 with input as inp
}
