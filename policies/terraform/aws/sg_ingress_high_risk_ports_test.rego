package verdict.terraform.aws.sg_ingress_high_risk_ports_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.sg_ingress_high_risk_ports as rule
import rego.v1

rule_resource(from, to, cidrs) := fx.hcl("aws_security_group_rule", {"type": "ingress", "from_port": from, "to_port": to, "protocol": "tcp", "cidr_blocks": cidrs})

test_smb_fires if {
	[r] := [x | some x in rule.deny] with input as rule_resource(445, 445, ["0.0.0.0/0"])
	r.path == ["resource", "aws_security_group_rule", "this", 0, "cidr_blocks", 0]
	contains(r.msg, "high-risk port(s) 445")
}

test_range_fires if {
	[r] := [x | some x in rule.deny] with input as rule_resource(20, 25, ["0.0.0.0/0"])
	contains(r.msg, "20, 21, 23, 25")
}

test_ssh_https_and_private_pass if {
	count(rule.deny) == 0 with input as rule_resource(22, 22, ["0.0.0.0/0"])
	count(rule.deny) == 0 with input as rule_resource(443, 443, ["0.0.0.0/0"])
	count(rule.deny) == 0 with input as rule_resource(445, 445, ["192.168.0.0/16"])
	count(rule.deny) == 0 with input as fx.hcl("aws_security_group_rule", {"type": "egress", "from_port": 25, "to_port": 25, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]})
}
