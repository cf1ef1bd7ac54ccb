package verdict.terraform.aws.opensearch_encryption_at_rest_test

import data.verdict.terraform.aws.opensearch_encryption_at_rest
import rego.v1

res(body) := {"resource": {"aws_opensearch_domain": {"x": [object.union({"domain_name": "search", "engine_version": "OpenSearch_2.11"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in opensearch_encryption_at_rest.deny] with input as res({})
	r.path == ["resource", "aws_opensearch_domain", "x", 0]
	r.resource == "aws_opensearch_domain.x"
}

test_fires_1 if {
	[r] := [x | some x in opensearch_encryption_at_rest.deny] with input as res({"encrypt_at_rest": [{"enabled": false}]})
	r.path == ["resource", "aws_opensearch_domain", "x", 0, "encrypt_at_rest", 0, "enabled"]
	r.resource == "aws_opensearch_domain.x"
}

test_passes_0 if {
	count(opensearch_encryption_at_rest.deny) == 0 with input as res({"encrypt_at_rest": [{"enabled": true}]})
}

test_unknown_passes_0 if {
	count(opensearch_encryption_at_rest.deny) == 0 with input as res({"encrypt_at_rest": [{"enabled": "${var.encrypt}"}]})
}

test_elasticsearch_domain if {
	count(opensearch_encryption_at_rest.deny) == 1 with input as {"resource": {"aws_elasticsearch_domain": {"es": [{"domain_name": "es"}]}}}
}
