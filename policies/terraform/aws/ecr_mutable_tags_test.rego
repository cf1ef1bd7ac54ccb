package verdict.terraform.aws.ecr_mutable_tags_test

import data.verdict.terraform.aws.ecr_mutable_tags as rule
import rego.v1

repo(body) := {"resource": {"aws_ecr_repository": {"app": [object.union({"name": "app"}, body)]}}}

test_default_and_mutable_fire if {
	[r] := [x | some x in rule.warn] with input as repo({})
	r.path == ["resource", "aws_ecr_repository", "app", 0]
	[s] := [x | some x in rule.warn] with input as repo({"image_tag_mutability": "MUTABLE"})
	s.path == ["resource", "aws_ecr_repository", "app", 0, "image_tag_mutability"]
}

test_immutable_unknown_pass if {
	count(rule.warn) == 0 with input as repo({"image_tag_mutability": "IMMUTABLE"})
	count(rule.warn) == 0 with input as repo({"image_tag_mutability": "${var.mutability}"})
}

test_plan_default if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_ecr_repository.a", "mode": "managed", "type": "aws_ecr_repository", "name": "a", "values": {"name": "a", "image_tag_mutability": "MUTABLE"}}]}}}
	count(rule.warn) == 1 with input as inp
}
