package verdict.terraform.aws.opensearch_fine_grained_access_test

import data.verdict.terraform.aws.opensearch_fine_grained_access
import rego.v1

res(body) := {"resource": {"aws_opensearch_domain": {"x": [object.union({"domain_name": "search", "engine_version": "OpenSearch_2.11"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in opensearch_fine_grained_access.deny] with input as res({})
	r.path == ["resource", "aws_opensearch_domain", "x", 0]
	r.resource == "aws_opensearch_domain.x"
}

test_fires_1 if {
	[r] := [x | some x in opensearch_fine_grained_access.deny] with input as res({"advanced_security_options": [{"enabled": false}]})
	r.path == ["resource", "aws_opensearch_domain", "x", 0, "advanced_security_options", 0, "enabled"]
	r.resource == "aws_opensearch_domain.x"
}

test_passes_0 if {
	count(opensearch_fine_grained_access.deny) == 0 with input as res({"advanced_security_options": [{"enabled": true, "internal_user_database_enabled": false}]})
}

test_unknown_passes_0 if {
	count(opensearch_fine_grained_access.deny) == 0 with input as res({"advanced_security_options": [{"enabled": "${var.fgac}"}]})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_opensearch_domain.x", "mode": "managed", "type": "aws_opensearch_domain", "name": "x", "values": {"domain_name": "s", "advanced_security_options": []}}]}}}
	count(opensearch_fine_grained_access.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_opensearch_domain.x", "mode": "managed", "type": "aws_opensearch_domain", "name": "x", "values": {"domain_name": "s", "advanced_security_options": [{"enabled": true, "internal_user_database_enabled": false, "master_user_options": []}]}}]}}}
	count(opensearch_fine_grained_access.deny) == 0 with input as inp
}
