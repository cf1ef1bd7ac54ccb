package verdict.terraform.aws.opensearch_audit_logs_test

import data.verdict.terraform.aws.opensearch_audit_logs
import rego.v1

res(body) := {"resource": {"aws_opensearch_domain": {"x": [object.union({"domain_name": "search", "engine_version": "OpenSearch_2.11"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in opensearch_audit_logs.warn] with input as res({})
	r.path == ["resource", "aws_opensearch_domain", "x", 0]
	r.resource == "aws_opensearch_domain.x"
}

test_fires_1 if {
	[r] := [x | some x in opensearch_audit_logs.warn] with input as res({"log_publishing_options": [{"log_type": "ES_APPLICATION_LOGS", "cloudwatch_log_group_arn": "arn"}, {"log_type": "AUDIT_LOGS", "cloudwatch_log_group_arn": "arn", "enabled": false}]})
	r.path == ["resource", "aws_opensearch_domain", "x", 0]
	r.resource == "aws_opensearch_domain.x"
}

test_passes_0 if {
	count(opensearch_audit_logs.warn) == 0 with input as res({"log_publishing_options": [{"log_type": "AUDIT_LOGS", "cloudwatch_log_group_arn": "arn"}]})
}

test_unknown_passes_0 if {
	count(opensearch_audit_logs.warn) == 0 with input as res({"log_publishing_options": [{"log_type": "${each.key}", "cloudwatch_log_group_arn": "arn"}]})
}

test_unknown_passes_1 if {
	count(opensearch_audit_logs.warn) == 0 with input as res({"dynamic": {"log_publishing_options": [{"for_each": "${var.logs}"}]}})
}

test_unknown_passes_2 if {
	count(opensearch_audit_logs.warn) == 0 with input as res({"log_publishing_options": "${var.logs}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_opensearch_domain.x", "mode": "managed", "type": "aws_opensearch_domain", "name": "x", "values": {"domain_name": "s", "log_publishing_options": []}}]}}}
	count(opensearch_audit_logs.warn) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_opensearch_domain.x", "mode": "managed", "type": "aws_opensearch_domain", "name": "x", "values": {"domain_name": "s", "log_publishing_options": [{"log_type": "AUDIT_LOGS", "enabled": true, "cloudwatch_log_group_arn": "arn"}]}}]}}}
	count(opensearch_audit_logs.warn) == 0 with input as inp
}
