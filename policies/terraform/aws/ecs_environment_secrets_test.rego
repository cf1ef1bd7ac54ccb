package verdict.terraform.aws.ecs_environment_secrets_test

import data.verdict.terraform.aws.ecs_environment_secrets as rule
import rego.v1

td(env) := {"resource": {"aws_ecs_task_definition": {"app": [{"family": "app", "container_definitions": json.marshal([{"name": "app", "environment": env}])}]}}}

test_password_fires if {
	[r] := [x | some x in rule.deny] with input as td([{"name": "DB_PASSWORD", "value": "s3cr3t-passw0rd"}, {"name": "LOG_LEVEL", "value": "info"}])
	r.path == ["resource", "aws_ecs_task_definition", "app", 0, "container_definitions"]
	contains(r.msg, "DB_PASSWORD")
}

test_references_pass if {
	count(rule.deny) == 0 with input as td([{"name": "DB_PASSWORD_ARN", "value": "arn:aws:secretsmanager:eu-west-1:1:secret:db"}, {"name": "LOG_LEVEL", "value": "info"}])
	count(rule.deny) == 0 with input as td([{"name": "DB_PASSWORD", "value": "${var.pw}"}])
	count(rule.deny) == 0 with input as {"resource": {"aws_ecs_task_definition": {"app": [{"container_definitions": "${jsonencode(local.c)}"}]}}}
}
