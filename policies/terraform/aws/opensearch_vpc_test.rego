package verdict.terraform.aws.opensearch_vpc_test

import data.verdict.terraform.aws.opensearch_vpc
import rego.v1

res(body) := {"resource": {"aws_opensearch_domain": {"x": [object.union({"domain_name": "search", "engine_version": "OpenSearch_2.11"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in opensearch_vpc.deny] with input as res({})
	r.path == ["resource", "aws_opensearch_domain", "x", 0]
	r.resource == "aws_opensearch_domain.x"
}

test_fires_1 if {
	[r] := [x | some x in opensearch_vpc.deny] with input as res({"vpc_options": []})
	r.path == ["resource", "aws_opensearch_domain", "x", 0]
	r.resource == "aws_opensearch_domain.x"
}

test_passes_0 if {
	count(opensearch_vpc.deny) == 0 with input as res({"vpc_options": [{"subnet_ids": ["subnet-1"]}]})
}

test_unknown_passes_0 if {
	count(opensearch_vpc.deny) == 0 with input as res({"vpc_options": "${var.vpc_options}"})
}

test_unknown_passes_1 if {
	count(opensearch_vpc.deny) == 0 with input as res({"dynamic": {"vpc_options": [{"content": [{}]}]}})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_opensearch_domain.x", "mode": "managed", "type": "aws_opensearch_domain", "name": "x", "values": {"domain_name": "s", "vpc_options": []}}]}}}
	count(opensearch_vpc.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_opensearch_domain.x", "mode": "managed", "type": "aws_opensearch_domain", "name": "x", "values": {"domain_name": "s", "vpc_options": [{"subnet_ids": ["subnet-1"], "security_group_ids": ["sg-1"]}]}}]}}}
	count(opensearch_vpc.deny) == 0 with input as inp
}
