package verdict.terraform.aws.docdb_encryption_test

import data.verdict.terraform.aws.docdb_encryption
import rego.v1

res(body) := {"resource": {"aws_docdb_cluster": {"x": [object.union({"cluster_identifier": "docs", "engine": "docdb"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in docdb_encryption.deny] with input as res({})
	r.path == ["resource", "aws_docdb_cluster", "x", 0]
	r.resource == "aws_docdb_cluster.x"
}

test_fires_1 if {
	[r] := [x | some x in docdb_encryption.deny] with input as res({"storage_encrypted": false})
	r.path == ["resource", "aws_docdb_cluster", "x", 0, "storage_encrypted"]
	r.resource == "aws_docdb_cluster.x"
}

test_passes_0 if {
	count(docdb_encryption.deny) == 0 with input as res({"storage_encrypted": true})
}

test_passes_1 if {
	count(docdb_encryption.deny) == 0 with input as res({"snapshot_identifier": "snap"})
}

test_unknown_passes_0 if {
	count(docdb_encryption.deny) == 0 with input as res({"storage_encrypted": "${var.encrypted}"})
}

test_unknown_passes_1 if {
	count(docdb_encryption.deny) == 0 with input as res({"snapshot_identifier": "${var.snapshot}"})
}

test_plan_value if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_docdb_cluster.x", "mode": "managed", "type": "aws_docdb_cluster", "name": "x", "values": {"cluster_identifier": "docs", "storage_encrypted": false, "snapshot_identifier": null}},
	]}}}
	count(docdb_encryption.deny) == 1 with input as inp
}
