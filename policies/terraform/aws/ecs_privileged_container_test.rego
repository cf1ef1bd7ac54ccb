package verdict.terraform.aws.ecs_privileged_container_test

import data.verdict.terraform.aws.ecs_privileged_container as rule
import rego.v1

td(defs) := {"resource": {"aws_ecs_task_definition": {"app": [{"family": "app", "container_definitions": defs}]}}}

test_privileged_fires if {
	[r] := [x | some x in rule.deny] with input as td(json.marshal([{"name": "app", "privileged": true}]))
	r.path == ["resource", "aws_ecs_task_definition", "app", 0, "container_definitions"]
	contains(r.msg, `"app"`)
}

test_unprivileged_unknown_pass if {
	count(rule.deny) == 0 with input as td(json.marshal([{"name": "app", "privileged": false}, {"name": "b"}]))
	count(rule.deny) == 0 with input as td("${jsonencode([{ name = \"app\", privileged = var.p }])}")
}
