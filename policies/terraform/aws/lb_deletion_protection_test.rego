package verdict.terraform.aws.lb_deletion_protection_test

import data.verdict.terraform.aws.lb_deletion_protection as rule
import rego.v1

lb(body) := {"resource": {"aws_alb": {"web": [object.union({"name": "web"}, body)]}}}

test_default_fires if {
	[r] := [x | some x in rule.warn] with input as lb({})
	r.path == ["resource", "aws_alb", "web", 0]
	r.resource == "aws_alb.web"
}

test_enabled_unknown_pass if {
	count(rule.warn) == 0 with input as lb({"enable_deletion_protection": true})
	count(rule.warn) == 0 with input as lb({"enable_deletion_protection": "${var.protect}"})
}

test_plan_false_fires if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_lb.a", "mode": "managed", "type": "aws_lb", "name": "a", "values": {"enable_deletion_protection": false}}]}}}
	[r] := [x | some x in rule.warn] with input as inp
	r.path == ["planned_values", "root_module", "resources", 0, "values", "enable_deletion_protection"]
}
