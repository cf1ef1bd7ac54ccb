package verdict.terraform.aws.ecs_host_network_mode_test

import data.verdict.terraform.aws.ecs_host_network_mode as rule
import rego.v1

td(body) := {"resource": {"aws_ecs_task_definition": {"app": [object.union({"family": "app"}, body)]}}}

test_host_fires if {
	[r] := [x | some x in rule.deny] with input as td({"network_mode": "host"})
	r.path == ["resource", "aws_ecs_task_definition", "app", 0, "network_mode"]
}

test_awsvpc_default_unknown_pass if {
	count(rule.deny) == 0 with input as td({"network_mode": "awsvpc"})
	count(rule.deny) == 0 with input as td({})
	count(rule.deny) == 0 with input as td({"network_mode": "${var.mode}"})
}
