package verdict.terraform.aws.lb_desync_mitigation_test

import data.verdict.terraform.aws.lb_desync_mitigation as rule
import rego.v1

res(type, body) := {"resource": {type: {"web": [object.union({"name": "web"}, body)]}}}

test_monitor_fires if {
	[r] := [x | some x in rule.deny] with input as res("aws_lb", {"desync_mitigation_mode": "monitor"})
	r.path == ["resource", "aws_lb", "web", 0, "desync_mitigation_mode"]
	count(rule.deny) == 1 with input as res("aws_elb", {"desync_mitigation_mode": "monitor"})
}

test_default_strict_unknown_pass if {
	count(rule.deny) == 0 with input as res("aws_lb", {})
	count(rule.deny) == 0 with input as res("aws_lb", {"desync_mitigation_mode": "strictest"})
	count(rule.deny) == 0 with input as res("aws_lb", {"desync_mitigation_mode": "${var.mode}"})
}
