package verdict.terraform.aws.msk_public_access_test

import data.verdict.terraform.aws.msk_public_access
import rego.v1

res(body) := {"resource": {"aws_msk_cluster": {"x": [object.union({"cluster_name": "events", "kafka_version": "3.6.0", "number_of_broker_nodes": 3}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in msk_public_access.deny] with input as res({"broker_node_group_info": [{"instance_type": "kafka.m5.large", "connectivity_info": [{"public_access": [{"type": "SERVICE_PROVIDED_EIPS"}]}]}]})
	r.path == ["resource", "aws_msk_cluster", "x", 0, "broker_node_group_info", 0, "connectivity_info", 0, "public_access", 0, "type"]
	r.resource == "aws_msk_cluster.x"
}

test_passes_0 if {
	count(msk_public_access.deny) == 0 with input as res({})
}

test_passes_1 if {
	count(msk_public_access.deny) == 0 with input as res({"broker_node_group_info": [{"instance_type": "kafka.m5.large", "connectivity_info": [{"public_access": [{"type": "DISABLED"}]}]}]})
}

test_unknown_passes_0 if {
	count(msk_public_access.deny) == 0 with input as res({"broker_node_group_info": [{"instance_type": "kafka.m5.large", "connectivity_info": [{"public_access": [{"type": "${var.public_access}"}]}]}]})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_msk_cluster.x", "mode": "managed", "type": "aws_msk_cluster", "name": "x", "values": {"cluster_name": "e", "broker_node_group_info": [{"connectivity_info": [{"public_access": [{"type": "DISABLED"}], "vpc_connectivity": []}]}]}}]}}}
	count(msk_public_access.deny) == 0 with input as inp
}
