package verdict.terraform.aws.autoscaling_elb_health_check_test

import data.verdict.terraform.aws.autoscaling_elb_health_check as rule
import rego.v1

asg(body) := {"resource": {"aws_autoscaling_group": {"web": [object.union({"max_size": 2, "min_size": 1}, body)]}}}

test_default_ec2_fires if {
	[r] := [x | some x in rule.warn] with input as asg({"target_group_arns": ["${aws_lb_target_group.web.arn}"]})
	r.path == ["resource", "aws_autoscaling_group", "web", 0]
	[s] := [x | some x in rule.warn] with input as asg({"load_balancers": ["web"], "health_check_type": "EC2"})
	s.path == ["resource", "aws_autoscaling_group", "web", 0, "health_check_type"]
}

test_elb_unattached_unknown_pass if {
	count(rule.warn) == 0 with input as asg({"target_group_arns": ["arn:x"], "health_check_type": "ELB"})
	count(rule.warn) == 0 with input as asg({"target_group_arns": ["arn:x"], "health_check_type": "${var.hc}"})
	count(rule.warn) == 0 with input as asg({"target_group_arns": "${var.tgs}"})
	count(rule.warn) == 0 with input as asg({})
}

test_plan_values if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_autoscaling_group.a", "mode": "managed", "type": "aws_autoscaling_group", "name": "a", "values": {"target_group_arns": ["arn:x"], "health_check_type": "EC2"}}, {"address": "aws_autoscaling_group.b", "mode": "managed", "type": "aws_autoscaling_group", "name": "b", "values": {"target_group_arns": ["arn:x"], "health_check_type": "ELB"}}]}}}
	count(rule.warn) == 1 with input as inp
}
