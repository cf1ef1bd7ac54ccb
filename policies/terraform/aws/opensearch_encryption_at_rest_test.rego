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

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_opensearch_domain.x", "mode": "managed", "type": "aws_opensearch_domain", "name": "x", "values": {"domain_name": "s", "encrypt_at_rest": [{"enabled": false, "kms_key_id": ""}]}}]}}}
	count(opensearch_encryption_at_rest.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_opensearch_domain.x", "mode": "managed", "type": "aws_opensearch_domain", "name": "x", "values": {"domain_name": "s", "encrypt_at_rest": [{"enabled": true, "kms_key_id": "k"}]}}]}}}
	count(opensearch_encryption_at_rest.deny) == 0 with input as inp
}

test_elasticsearch_domain if {
	count(opensearch_encryption_at_rest.deny) == 1 with input as {"resource": {"aws_elasticsearch_domain": {"es": [{"domain_name": "es"}]}}}
}
