package verdict.terraform.aws.ecs_readonly_root_filesystem_test

import data.verdict.terraform.aws.ecs_readonly_root_filesystem as rule
import rego.v1

td(defs) := {"resource": {"aws_ecs_task_definition": {"app": [{"family": "app", "container_definitions": defs}]}}}

test_writable_fires if {
	[r] := [x | some x in rule.warn] with input as td(json.marshal([{"name": "app"}, {"name": "b", "readonlyRootFilesystem": true}]))
	r.path == ["resource", "aws_ecs_task_definition", "app", 0, "container_definitions"]
	contains(r.msg, `"app"`)
}

test_readonly_unknown_pass if {
	count(rule.warn) == 0 with input as td(json.marshal([{"name": "app", "readonlyRootFilesystem": true}]))
	count(rule.warn) == 0 with input as td("${jsonencode(local.containers)}")
}
