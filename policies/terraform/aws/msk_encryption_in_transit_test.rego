package verdict.terraform.aws.msk_encryption_in_transit_test

import data.verdict.terraform.aws.msk_encryption_in_transit
import rego.v1

res(body) := {"resource": {"aws_msk_cluster": {"x": [object.union({"cluster_name": "events", "kafka_version": "3.6.0", "number_of_broker_nodes": 3}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in msk_encryption_in_transit.deny] with input as res({"encryption_info": [{"encryption_in_transit": [{"client_broker": "PLAINTEXT"}]}]})
	r.path == ["resource", "aws_msk_cluster", "x", 0, "encryption_info", 0, "encryption_in_transit", 0, "client_broker"]
	r.resource == "aws_msk_cluster.x"
}

test_fires_1 if {
	[r] := [x | some x in msk_encryption_in_transit.deny] with input as res({"encryption_info": [{"encryption_in_transit": [{"in_cluster": false}]}]})
	r.path == ["resource", "aws_msk_cluster", "x", 0, "encryption_info", 0, "encryption_in_transit", 0, "in_cluster"]
	r.resource == "aws_msk_cluster.x"
}

test_passes_0 if {
	count(msk_encryption_in_transit.deny) == 0 with input as res({})
}

test_passes_1 if {
	count(msk_encryption_in_transit.deny) == 0 with input as res({"encryption_info": [{"encryption_in_transit": [{"client_broker": "TLS", "in_cluster": true}]}]})
}

test_unknown_passes_0 if {
	count(msk_encryption_in_transit.deny) == 0 with input as res({"encryption_info": [{"encryption_in_transit": [{"client_broker": "${var.client_broker}", "in_cluster": "${var.in_cluster}"}]}]})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_msk_cluster.x", "mode": "managed", "type": "aws_msk_cluster", "name": "x", "values": {"cluster_name": "e", "encryption_info": [{"encryption_at_rest_kms_key_arn": "k", "encryption_in_transit": [{"client_broker": "TLS", "in_cluster": true}]}]}}]}}}
	count(msk_encryption_in_transit.deny) == 0 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_msk_cluster.x", "mode": "managed", "type": "aws_msk_cluster", "name": "x", "values": {"cluster_name": "e", "encryption_info": [{"encryption_in_transit": [{"client_broker": "PLAINTEXT", "in_cluster": true}]}]}}]}}}
	count(msk_encryption_in_transit.deny) == 1 with input as inp
}
