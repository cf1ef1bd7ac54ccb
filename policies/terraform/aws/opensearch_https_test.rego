package verdict.terraform.aws.opensearch_https_test

import data.verdict.terraform.aws.opensearch_https
import rego.v1

res(body) := {"resource": {"aws_opensearch_domain": {"x": [object.union({"domain_name": "search", "engine_version": "OpenSearch_2.11"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in opensearch_https.deny] with input as res({})
	r.path == ["resource", "aws_opensearch_domain", "x", 0]
	r.resource == "aws_opensearch_domain.x"
}

test_fires_1 if {
	[r] := [x | some x in opensearch_https.deny] with input as res({"domain_endpoint_options": [{"enforce_https": false}]})
	r.path == ["resource", "aws_opensearch_domain", "x", 0, "domain_endpoint_options", 0, "enforce_https"]
	r.resource == "aws_opensearch_domain.x"
}

test_fires_2 if {
	[r] := [x | some x in opensearch_https.deny] with input as res({"domain_endpoint_options": [{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-0-2019-07"}]})
	r.path == ["resource", "aws_opensearch_domain", "x", 0, "domain_endpoint_options", 0, "tls_security_policy"]
	r.resource == "aws_opensearch_domain.x"
}

test_passes_0 if {
	count(opensearch_https.deny) == 0 with input as res({"domain_endpoint_options": [{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-2-PFS-2023-10"}]})
}

test_passes_1 if {
	count(opensearch_https.deny) == 0 with input as res({"domain_endpoint_options": [{"tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}]})
}

test_unknown_passes_0 if {
	count(opensearch_https.deny) == 0 with input as res({"domain_endpoint_options": [{"enforce_https": "${var.https}", "tls_security_policy": "${var.tls}"}]})
}

test_unknown_passes_1 if {
	count(opensearch_https.deny) == 0 with input as res({"dynamic": {"domain_endpoint_options": [{"content": [{}]}]}})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_opensearch_domain.x", "mode": "managed", "type": "aws_opensearch_domain", "name": "x", "values": {"domain_name": "s", "domain_endpoint_options": [{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07", "custom_endpoint_enabled": false}]}}]}}}
	count(opensearch_https.deny) == 0 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_opensearch_domain.x", "mode": "managed", "type": "aws_opensearch_domain", "name": "x", "values": {"domain_name": "s", "domain_endpoint_options": [{"enforce_https": false, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}]}}]}}}
	count(opensearch_https.deny) == 1 with input as inp
}
