package verdict.terraform.aws.opensearch_node_to_node_encryption_test

import data.verdict.terraform.aws.opensearch_node_to_node_encryption
import rego.v1

res(body) := {"resource": {"aws_opensearch_domain": {"x": [object.union({"domain_name": "search", "engine_version": "OpenSearch_2.11"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in opensearch_node_to_node_encryption.deny] with input as res({})
	r.path == ["resource", "aws_opensearch_domain", "x", 0]
	r.resource == "aws_opensearch_domain.x"
}

test_fires_1 if {
	[r] := [x | some x in opensearch_node_to_node_encryption.deny] with input as res({"node_to_node_encryption": [{"enabled": false}]})
	r.path == ["resource", "aws_opensearch_domain", "x", 0, "node_to_node_encryption", 0, "enabled"]
	r.resource == "aws_opensearch_domain.x"
}

test_passes_0 if {
	count(opensearch_node_to_node_encryption.deny) == 0 with input as res({"node_to_node_encryption": [{"enabled": true}]})
}

test_unknown_passes_0 if {
	count(opensearch_node_to_node_encryption.deny) == 0 with input as res({"node_to_node_encryption": [{"enabled": "${var.n2n}"}]})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_opensearch_domain.x", "mode": "managed", "type": "aws_opensearch_domain", "name": "x", "values": {"domain_name": "s", "node_to_node_encryption": [{"enabled": false}]}}]}}}
	count(opensearch_node_to_node_encryption.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_opensearch_domain.x", "mode": "managed", "type": "aws_opensearch_domain", "name": "x", "values": {"domain_name": "s", "node_to_node_encryption": [{"enabled": true}]}}]}}}
	count(opensearch_node_to_node_encryption.deny) == 0 with input as inp
}
