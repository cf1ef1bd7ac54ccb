package verdict.terraform.aws.ecs_service_public_ip_test

import data.verdict.terraform.aws.ecs_service_public_ip as rule
import rego.v1

svc(nc) := {"resource": {"aws_ecs_service": {"app": [{"name": "app", "network_configuration": [nc]}]}}}

test_public_fires if {
	[r] := [x | some x in rule.deny] with input as svc({"subnets": ["s"], "assign_public_ip": true})
	r.path == ["resource", "aws_ecs_service", "app", 0, "network_configuration", 0, "assign_public_ip"]
}

test_private_default_unknown_pass if {
	count(rule.deny) == 0 with input as svc({"subnets": ["s"], "assign_public_ip": false})
	count(rule.deny) == 0 with input as svc({"subnets": ["s"]})
	count(rule.deny) == 0 with input as svc({"assign_public_ip": "${var.public}"})
}
