package verdict.terraform.aws.lb_access_logs_test

import data.verdict.terraform.aws.lb_access_logs as rule
import rego.v1

res(type, body) := {"resource": {type: {"web": [object.union({"name": "web"}, body)]}}}

test_missing_and_disabled_fire if {
	[r] := [x | some x in rule.deny] with input as res("aws_lb", {})
	r.path == ["resource", "aws_lb", "web", 0]
	[s] := [x | some x in rule.deny] with input as res("aws_lb", {"access_logs": [{"bucket": "logs"}]})
	s.path == ["resource", "aws_lb", "web", 0, "access_logs", 0]
	count(rule.deny) == 1 with input as res("aws_elb", {"access_logs": [{"bucket": "logs", "enabled": false}]})
	count(rule.deny) == 1 with input as res("aws_elb", {})
}

test_enabled_unknown_pass if {
	count(rule.deny) == 0 with input as res("aws_lb", {"access_logs": [{"bucket": "logs", "enabled": true}]})
	count(rule.deny) == 0 with input as res("aws_elb", {"access_logs": [{"bucket": "logs"}]})
	count(rule.deny) == 0 with input as res("aws_lb", {"access_logs": [{"bucket": "logs", "enabled": "${var.logs}"}]})
	count(rule.deny) == 0 with input as res("aws_lb", {"dynamic": {"access_logs": [{"for_each": "${var.l}"}]}})
	count(rule.deny) == 0 with input as res("aws_lb", {"load_balancer_type": "gateway"})
	count(rule.deny) == 0 with input as res("aws_lb", {"load_balancer_type": "network"})
	count(rule.deny) == 0 with input as res("aws_lb", {"load_balancer_type": "${var.type}"})
}

test_plan_values if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_lb.a", "mode": "managed", "type": "aws_lb", "name": "a", "values": {"load_balancer_type": "application", "access_logs": [{"bucket": "", "enabled": false, "prefix": ""}]}}, {"address": "aws_lb.b", "mode": "managed", "type": "aws_lb", "name": "b", "values": {"load_balancer_type": "application", "access_logs": [{"bucket": "logs", "enabled": true, "prefix": ""}]}}]}}}
	count(rule.deny) == 1 with input as inp
}
