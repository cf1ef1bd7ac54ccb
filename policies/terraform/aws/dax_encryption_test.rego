package verdict.terraform.aws.dax_encryption_test

import data.verdict.terraform.aws.dax_encryption
import rego.v1

res(body) := {"resource": {"aws_dax_cluster": {"x": [object.union({"cluster_name": "cache", "node_type": "dax.r4.large", "replication_factor": 1}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in dax_encryption.deny] with input as res({})
	r.path == ["resource", "aws_dax_cluster", "x", 0]
	r.resource == "aws_dax_cluster.x"
}

test_fires_1 if {
	[r] := [x | some x in dax_encryption.deny] with input as res({"server_side_encryption": [{"enabled": false}]})
	r.path == ["resource", "aws_dax_cluster", "x", 0, "server_side_encryption", 0, "enabled"]
	r.resource == "aws_dax_cluster.x"
}

test_passes_0 if {
	count(dax_encryption.deny) == 0 with input as res({"server_side_encryption": [{"enabled": true}]})
}

test_unknown_passes_0 if {
	count(dax_encryption.deny) == 0 with input as res({"server_side_encryption": [{"enabled": "${var.encrypted}"}]})
}

test_unknown_passes_1 if {
	count(dax_encryption.deny) == 0 with input as res({"dynamic": {"server_side_encryption": [{"content": [{}]}]}})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_dax_cluster.x", "mode": "managed", "type": "aws_dax_cluster", "name": "x", "values": {"cluster_name": "c", "server_side_encryption": []}}]}}}
	count(dax_encryption.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_dax_cluster.x", "mode": "managed", "type": "aws_dax_cluster", "name": "x", "values": {"cluster_name": "c", "server_side_encryption": [{"enabled": true}]}}]}}}
	count(dax_encryption.deny) == 0 with input as inp
}
