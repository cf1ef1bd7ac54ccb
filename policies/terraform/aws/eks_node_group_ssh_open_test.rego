package verdict.terraform.aws.eks_node_group_ssh_open_test

import data.verdict.terraform.aws.eks_node_group_ssh_open as rule
import rego.v1

ng(body) := {"resource": {"aws_eks_node_group": {"w": [object.union({"cluster_name": "main"}, body)]}}}

test_key_without_sgs_fires if {
	[r] := [x | some x in rule.deny] with input as ng({"remote_access": [{"ec2_ssh_key": "ops"}]})
	r.path == ["resource", "aws_eks_node_group", "w", 0, "remote_access", 0]
}

test_restricted_unknown_pass if {
	count(rule.deny) == 0 with input as ng({"remote_access": [{"ec2_ssh_key": "ops", "source_security_group_ids": ["sg-1"]}]})
	count(rule.deny) == 0 with input as ng({"remote_access": [{"ec2_ssh_key": "ops", "source_security_group_ids": "${var.sgs}"}]})
	count(rule.deny) == 0 with input as ng({"remote_access": [{"ec2_ssh_key": "${var.key}"}]})
	count(rule.deny) == 0 with input as ng({})
}

test_plan_empty_sgs_fires if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_eks_node_group.w", "mode": "managed", "type": "aws_eks_node_group", "name": "w", "values": {"remote_access": [{"ec2_ssh_key": "ops", "source_security_group_ids": null}]}}]}}}
	count(rule.deny) == 1 with input as inp
}
