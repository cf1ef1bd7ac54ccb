package verdict.terraform.aws.elb_insecure_listener_test

import data.verdict.terraform.aws.elb_insecure_listener as rule
import rego.v1

elb(listeners) := {"resource": {"aws_elb": {"web": [{"name": "web", "listener": listeners}]}}}

test_http_fires if {
	[r] := [x | some x in rule.deny] with input as elb([{"lb_port": 443, "lb_protocol": "https"}, {"lb_port": 80, "lb_protocol": "HTTP"}])
	r.path == ["resource", "aws_elb", "web", 0, "listener", 1, "lb_protocol"]
}

test_https_unknown_pass if {
	count(rule.deny) == 0 with input as elb([{"lb_port": 443, "lb_protocol": "https"}, {"lb_port": 8443, "lb_protocol": "ssl"}])
	count(rule.deny) == 0 with input as elb([{"lb_port": 80, "lb_protocol": "${var.proto}"}])
}
