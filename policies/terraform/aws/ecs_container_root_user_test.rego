package verdict.terraform.aws.ecs_container_root_user_test

import data.verdict.terraform.aws.ecs_container_root_user as rule
import rego.v1

td(c) := {"resource": {"aws_ecs_task_definition": {"app": [{"family": "app", "container_definitions": json.marshal([object.union({"name": "app"}, c)])}]}}}

test_root_fires if {
	[r] := [x | some x in rule.deny] with input as td({"user": "root"})
	r.path == ["resource", "aws_ecs_task_definition", "app", 0, "container_definitions"]
	count(rule.deny) == 1 with input as td({"user": "0:0"})
}

test_user_unset_unknown_pass if {
	count(rule.deny) == 0 with input as td({"user": "1000:1000"})
	count(rule.deny) == 0 with input as td({})
	count(rule.deny) == 0 with input as {"resource": {"aws_ecs_task_definition": {"app": [{"container_definitions": "${jsonencode([{ user = var.user }])}"}]}}}
}
