package verdict.terraform.aws.ecs_efs_transit_encryption_test

import data.verdict.terraform.aws.ecs_efs_transit_encryption as rule
import rego.v1

td(efs) := {"resource": {"aws_ecs_task_definition": {"app": [{"family": "app", "volume": [{"name": "data", "efs_volume_configuration": [efs]}]}]}}}

test_default_fires if {
	[r] := [x | some x in rule.deny] with input as td({"file_system_id": "fs-1"})
	r.path == ["resource", "aws_ecs_task_definition", "app", 0, "volume", 0, "efs_volume_configuration", 0]
	[s] := [x | some x in rule.deny] with input as td({"file_system_id": "fs-1", "transit_encryption": "DISABLED"})
	s.path == ["resource", "aws_ecs_task_definition", "app", 0, "volume", 0, "efs_volume_configuration", 0, "transit_encryption"]
}

test_enabled_unknown_pass if {
	count(rule.deny) == 0 with input as td({"file_system_id": "fs-1", "transit_encryption": "ENABLED"})
	count(rule.deny) == 0 with input as td({"file_system_id": "fs-1", "transit_encryption": "${var.te}"})
	count(rule.deny) == 0 with input as {"resource": {"aws_ecs_task_definition": {"app": [{"volume": [{"name": "x", "host_path": "/x"}]}]}}}
}

test_plan_values if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_ecs_task_definition.a", "mode": "managed", "type": "aws_ecs_task_definition", "name": "a", "values": {"family": "a", "volume": [{"name": "d", "efs_volume_configuration": [{"file_system_id": "fs-1", "transit_encryption": null}]}, {"name": "h", "efs_volume_configuration": []}]}}]}}}
	count(rule.deny) == 1 with input as inp
}
