package verdict.terraform.aws.default_security_group_test

import data.verdict.terraform.aws.default_security_group as dsg
import rego.v1

test_default_sg_with_rules_fires if {
	inp := {"resource": {"aws_default_security_group": {"default": [{
		"vpc_id": "${aws_vpc.main.id}",
		"ingress": [{"protocol": -1, "self": true, "from_port": 0, "to_port": 0}],
		"egress": [{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}],
	}]}}}
	findings := dsg.deny with input as inp
	{r.path | some r in findings} == {
		["resource", "aws_default_security_group", "default", 0, "ingress"],
		["resource", "aws_default_security_group", "default", 0, "egress"],
	}
}

test_default_sg_without_rules_passes if {
	inp := {"resource": {"aws_default_security_group": {"default": [{"vpc_id": "${aws_vpc.main.id}"}]}}}
	count(dsg.deny) == 0 with input as inp
}

test_plan_empty_rule_lists_pass if {
	inp := {"planned_values": {"root_module": {"resources": [{
		"address": "aws_default_security_group.default", "mode": "managed", "type": "aws_default_security_group", "name": "default",
		"values": {"ingress": [], "egress": []},
	}]}}}
	count(dsg.deny) == 0 with input as inp
}
