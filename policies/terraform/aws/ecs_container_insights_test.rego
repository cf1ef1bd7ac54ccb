package verdict.terraform.aws.ecs_container_insights_test

import data.verdict.terraform.aws.ecs_container_insights as rule
import rego.v1

cluster(body) := {"resource": {"aws_ecs_cluster": {"main": [object.union({"name": "main"}, body)]}}}

test_missing_disabled_fire if {
	[r] := [x | some x in rule.warn] with input as cluster({})
	r.path == ["resource", "aws_ecs_cluster", "main", 0]
	[s] := [x | some x in rule.warn] with input as cluster({"setting": [{"name": "containerInsights", "value": "disabled"}]})
	s.path == ["resource", "aws_ecs_cluster", "main", 0, "setting", 0, "value"]
}

test_enabled_unknown_pass if {
	count(rule.warn) == 0 with input as cluster({"setting": [{"name": "containerInsights", "value": "enhanced"}]})
	count(rule.warn) == 0 with input as cluster({"setting": [{"name": "containerInsights", "value": "${var.ci}"}]})
	count(rule.warn) == 0 with input as cluster({"dynamic": {"setting": [{"for_each": "${var.s}"}]}})
}

test_account_default_passes if {
	inp := {"resource": {"aws_ecs_cluster": {"main": [{"name": "main"}]}, "aws_ecs_account_setting_default": {"ci": [{"name": "containerInsights", "value": "enabled"}]}}}
	count(rule.warn) == 0 with input as inp
}

test_plan_values if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_ecs_cluster.a", "mode": "managed", "type": "aws_ecs_cluster", "name": "a", "values": {"name": "a", "setting": [{"name": "containerInsights", "value": "disabled"}]}}, {"address": "aws_ecs_cluster.b", "mode": "managed", "type": "aws_ecs_cluster", "name": "b", "values": {"name": "b", "setting": [{"name": "containerInsights", "value": "enabled"}]}}]}}}
	count(rule.warn) == 1 with input as inp
}
