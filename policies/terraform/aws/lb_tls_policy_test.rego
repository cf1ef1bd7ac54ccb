package verdict.terraform.aws.lb_tls_policy_test

import data.verdict.terraform.aws.lb_tls_policy as rule
import rego.v1

lst(body) := {"resource": {"aws_lb_listener": {"https": [object.union({"port": 443, "protocol": "HTTPS"}, body)]}}}

test_default_and_old_fire if {
	[r] := [x | some x in rule.deny] with input as lst({})
	r.path == ["resource", "aws_lb_listener", "https", 0]
	[s] := [x | some x in rule.deny] with input as lst({"ssl_policy": "ELBSecurityPolicy-TLS-1-1-2017-01"})
	s.path == ["resource", "aws_lb_listener", "https", 0, "ssl_policy"]
	count(rule.deny) == 1 with input as lst({"protocol": "TLS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-0-2021-06"})
}

test_modern_http_unknown_pass if {
	count(rule.deny) == 0 with input as lst({"ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"})
	count(rule.deny) == 0 with input as lst({"ssl_policy": "ELBSecurityPolicy-TLS-1-2-Ext-2018-06"})
	count(rule.deny) == 0 with input as lst({"protocol": "HTTP", "port": 80})
	count(rule.deny) == 0 with input as lst({"ssl_policy": "${var.ssl_policy}"})
}

test_plan_values if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_lb_listener.a", "mode": "managed", "type": "aws_lb_listener", "name": "a", "values": {"port": 443, "protocol": "HTTPS"}}, {"address": "aws_lb_listener.b", "mode": "managed", "type": "aws_lb_listener", "name": "b", "values": {"port": 443, "protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"}}]}}}
	count(rule.deny) == 1 with input as inp
}
