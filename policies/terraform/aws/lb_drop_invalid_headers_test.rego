package verdict.terraform.aws.lb_drop_invalid_headers_test

import data.verdict.terraform.aws.lb_drop_invalid_headers as rule
import rego.v1

lb(body) := {"resource": {"aws_lb": {"web": [object.union({"name": "web"}, body)]}}}

test_default_fires if {
	[r] := [x | some x in rule.deny] with input as lb({})
	r.path == ["resource", "aws_lb", "web", 0]
	[s] := [x | some x in rule.deny] with input as lb({"drop_invalid_header_fields": false})
	s.path == ["resource", "aws_lb", "web", 0, "drop_invalid_header_fields"]
}

test_enabled_network_unknown_pass if {
	count(rule.deny) == 0 with input as lb({"drop_invalid_header_fields": true})
	count(rule.deny) == 0 with input as lb({"load_balancer_type": "network"})
	count(rule.deny) == 0 with input as lb({"drop_invalid_header_fields": "${var.drop}"})
	count(rule.deny) == 0 with input as lb({"load_balancer_type": "${var.type}"})
}

test_plan_values if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_lb.a", "mode": "managed", "type": "aws_lb", "name": "a", "values": {"load_balancer_type": "application", "drop_invalid_header_fields": false}}, {"address": "aws_lb.n", "mode": "managed", "type": "aws_lb", "name": "n", "values": {"load_balancer_type": "network", "drop_invalid_header_fields": false}}]}}}
	count(rule.deny) == 1 with input as inp
}
