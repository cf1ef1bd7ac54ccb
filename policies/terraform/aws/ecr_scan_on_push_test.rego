package verdict.terraform.aws.ecr_scan_on_push_test

import data.verdict.terraform.aws.ecr_scan_on_push as rule
import rego.v1

repo(body) := {"resource": {"aws_ecr_repository": {"app": [object.union({"name": "app"}, body)]}}}

test_unset_and_false_fire if {
	[r] := [x | some x in rule.deny] with input as repo({})
	r.path == ["resource", "aws_ecr_repository", "app", 0]
	[s] := [x | some x in rule.deny] with input as repo({"image_scanning_configuration": [{"scan_on_push": false}]})
	s.path == ["resource", "aws_ecr_repository", "app", 0, "image_scanning_configuration", 0, "scan_on_push"]
}

test_enabled_unknown_registry_pass if {
	count(rule.deny) == 0 with input as repo({"image_scanning_configuration": [{"scan_on_push": true}]})
	count(rule.deny) == 0 with input as repo({"image_scanning_configuration": [{"scan_on_push": "${var.scan}"}]})
	count(rule.deny) == 0 with input as repo({"dynamic": {"image_scanning_configuration": [{"for_each": "${var.s}"}]}})
	inp := {"resource": {"aws_ecr_repository": {"app": [{"name": "app"}]}, "aws_ecr_registry_scanning_configuration": {"r": [{"scan_type": "ENHANCED"}]}}}
	count(rule.deny) == 0 with input as inp
}

test_plan_values if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_ecr_repository.a", "mode": "managed", "type": "aws_ecr_repository", "name": "a", "values": {"name": "a", "image_scanning_configuration": []}}]}}}
	count(rule.deny) == 1 with input as inp
}
