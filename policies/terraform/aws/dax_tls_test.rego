package verdict.terraform.aws.dax_tls_test

import data.verdict.terraform.aws.dax_tls
import rego.v1

res(body) := {"resource": {"aws_dax_cluster": {"x": [object.union({"cluster_name": "cache", "node_type": "dax.r4.large", "replication_factor": 1}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in dax_tls.deny] with input as res({})
	r.path == ["resource", "aws_dax_cluster", "x", 0]
	r.resource == "aws_dax_cluster.x"
}

test_fires_1 if {
	[r] := [x | some x in dax_tls.deny] with input as res({"cluster_endpoint_encryption_type": "NONE"})
	r.path == ["resource", "aws_dax_cluster", "x", 0, "cluster_endpoint_encryption_type"]
	r.resource == "aws_dax_cluster.x"
}

test_passes_0 if {
	count(dax_tls.deny) == 0 with input as res({"cluster_endpoint_encryption_type": "TLS"})
}

test_unknown_passes_0 if {
	count(dax_tls.deny) == 0 with input as res({"cluster_endpoint_encryption_type": "${var.encryption_type}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_dax_cluster.x", "mode": "managed", "type": "aws_dax_cluster", "name": "x", "values": {"cluster_name": "c", "cluster_endpoint_encryption_type": "NONE"}}]}}}
	count(dax_tls.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_dax_cluster.x", "mode": "managed", "type": "aws_dax_cluster", "name": "x", "values": {"cluster_name": "c", "cluster_endpoint_encryption_type": "TLS"}}]}}}
	count(dax_tls.deny) == 0 with input as inp
}
