package verdict.terraform.aws.sg_missing_description_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.sg_missing_description as rule
import rego.v1

test_group_without_description_warns if {
	[r] := [x | some x in rule.warn] with input as fx.hcl("aws_security_group", {"name": "app"})
	r.path == ["resource", "aws_security_group", "this", 0]
	[d] := [x | some x in rule.warn] with input as fx.hcl("aws_security_group", {"name": "app", "description": "Managed by Terraform"})
	d.path == ["resource", "aws_security_group", "this", 0, "description"]
}

test_rules_without_description_warn if {
	inp := fx.hcl("aws_security_group", {"description": "app", "ingress": [{"from_port": 443, "to_port": 443, "protocol": "tcp", "description": "HTTPS"}, {"from_port": 80, "to_port": 80, "protocol": "tcp"}]})
	[r] := [x | some x in rule.warn] with input as inp
	r.path == ["resource", "aws_security_group", "this", 0, "ingress", 1]
	contains(r.msg, "ingress rule of aws_security_group.this")
	count(rule.warn) == 1 with input as fx.hcl("aws_security_group_rule", {"type": "egress", "description": ""})
}

test_described_or_unknown_passes if {
	count(rule.warn) == 0 with input as fx.hcl("aws_security_group", {"description": "${var.description}", "egress": [{"description": "${each.value.why}"}]})
	count(rule.warn) == 0 with input as fx.hcl("aws_vpc_security_group_ingress_rule", {"description": "HTTPS from the load balancer"})
}

test_plan if {
	p := fx.plan("aws_security_group", {"description": "Managed by Terraform", "ingress": [{"description": "", "protocol": "tcp"}]}, {})
	{r.path | some r in rule.warn} == {fx.plan_path(["description"]), fx.plan_path(["ingress", 0])} with input as p
}
