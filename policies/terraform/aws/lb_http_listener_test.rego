package verdict.terraform.aws.lb_http_listener_test

import data.verdict.terraform.aws.lb_http_listener as listener
import rego.v1

lst(body) := {"resource": {"aws_lb_listener": {"web": [object.union({"load_balancer_arn": "${aws_lb.web.arn}", "port": 80}, body)]}}}

forward := [{"type": "forward", "target_group_arn": "${aws_lb_target_group.web.arn}"}]

test_http_forward_fires if {
	[r] := [x | some x in listener.deny] with input as lst({"protocol": "HTTP", "default_action": forward})
	r.path == ["resource", "aws_lb_listener", "web", 0, "protocol"]
	r.resource == "aws_lb_listener.web"
}

test_default_protocol_with_port_fires if {
	[r] := [x | some x in listener.deny] with input as lst({"default_action": forward})
	r.path == ["resource", "aws_lb_listener", "web", 0]
}

test_redirect_to_https_passes if {
	redirect := [{"type": "redirect", "redirect": [{"port": "443", "protocol": "HTTPS", "status_code": "HTTP_301"}]}]
	count(listener.deny) == 0 with input as lst({"protocol": "HTTP", "default_action": redirect})
}

test_redirect_keeping_http_fires if {
	redirect := [{"type": "redirect", "redirect": [{"path": "/new", "status_code": "HTTP_302"}]}]
	count(listener.deny) == 1 with input as lst({"protocol": "HTTP", "default_action": redirect})
}

test_https_tcp_and_unknown_pass if {
	count(listener.deny) == 0 with input as lst({"protocol": "HTTPS", "port": 443, "default_action": forward})
	count(listener.deny) == 0 with input as lst({"protocol": "TCP", "default_action": forward})
	count(listener.deny) == 0 with input as lst({"protocol": "${var.protocol}", "default_action": forward})
	count(listener.deny) == 0 with input as lst({"protocol": "HTTP", "default_action": [{"type": "${var.action}"}]})
	count(listener.deny) == 0 with input as lst({"protocol": "HTTP", "default_action": [{"type": "redirect", "redirect": [{"protocol": "${var.p}"}]}]})
	count(listener.deny) == 0 with input as lst({"protocol": "HTTP", "default_action": [], "dynamic": {"default_action": [{"for_each": "${var.a}"}]}})
}

test_plan_alb_listener if {
	inp := {"planned_values": {"root_module": {"resources": [{
		"address": "aws_alb_listener.http", "mode": "managed", "type": "aws_alb_listener", "name": "http",
		"values": {"port": 80, "protocol": "HTTP", "default_action": [{"type": "fixed-response", "redirect": [], "fixed_response": [{"status_code": "404"}]}]},
	}]}}}
	[r] := [x | some x in listener.deny] with input as inp
	r.path == ["planned_values", "root_module", "resources", 0, "values", "protocol"]
}
