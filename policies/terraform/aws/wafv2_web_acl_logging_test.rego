package verdict.terraform.aws.wafv2_web_acl_logging_test

import data.verdict.terraform.aws.wafv2_web_acl_logging as rule
import rego.v1

acls := {"edge": [{"name": "edge", "scope": "REGIONAL"}], "api": [{"name": "api", "scope": "REGIONAL"}]}

test_unlogged_acl_fires if {
	inp := {"resource": {
		"aws_wafv2_web_acl": acls,
		"aws_wafv2_web_acl_logging_configuration": {"edge": [{"resource_arn": "${aws_wafv2_web_acl.edge.arn}", "log_destination_configs": ["arn:x"]}]},
	}}
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["resource", "aws_wafv2_web_acl", "api", 0]
	count(rule.deny) == 2 with input as {"resource": {"aws_wafv2_web_acl": acls}}
}

test_unresolved_logging_covers_module if {
	inp := {"resource": {
		"aws_wafv2_web_acl": acls,
		"aws_wafv2_web_acl_logging_configuration": {"all": [{"resource_arn": "${var.acl_arn}"}]},
	}}
	count(rule.deny) == 0 with input as inp
}

test_plan_references if {
	inp := {
		"planned_values": {"root_module": {"resources": [
			{"address": "aws_wafv2_web_acl.edge", "mode": "managed", "type": "aws_wafv2_web_acl", "name": "edge", "values": {"name": "edge"}},
			{"address": "aws_wafv2_web_acl_logging_configuration.edge", "mode": "managed", "type": "aws_wafv2_web_acl_logging_configuration", "name": "edge", "values": {}},
		]}},
		"configuration": {"root_module": {"resources": [{"address": "aws_wafv2_web_acl_logging_configuration.edge", "mode": "managed", "type": "aws_wafv2_web_acl_logging_configuration", "name": "edge", "expressions": {"resource_arn": {"references": ["aws_wafv2_web_acl.edge.arn", "aws_wafv2_web_acl.edge"]}}}]}},
	}
	count(rule.deny) == 0 with input as inp
}

test_literal_arn_covers_module if {
	inp := {"resource": {
		"aws_wafv2_web_acl": acls,
		"aws_wafv2_web_acl_logging_configuration": {"all": [{"resource_arn": "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/edge/1"}]},
	}}
	count(rule.deny) == 0 with input as inp
}
