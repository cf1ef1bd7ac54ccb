package verdict.terraform.aws.eks_control_plane_logging_test

import data.verdict.terraform.aws.eks_control_plane_logging as rule
import rego.v1

eks(body) := {"resource": {"aws_eks_cluster": {"main": [object.union({"name": "main"}, body)]}}}

test_missing_types_fire if {
	[r] := [x | some x in rule.deny] with input as eks({"enabled_cluster_log_types": ["api", "audit"]})
	r.path == ["resource", "aws_eks_cluster", "main", 0, "enabled_cluster_log_types"]
	contains(r.msg, "authenticator")
	not contains(r.msg, "scheduler")
	[s] := [x | some x in rule.deny] with input as eks({})
	s.path == ["resource", "aws_eks_cluster", "main", 0]
}

test_all_unknown_pass if {
	count(rule.deny) == 0 with input as eks({"enabled_cluster_log_types": ["api", "audit", "authenticator"]})
	count(rule.deny) == 0 with input as eks({"enabled_cluster_log_types": "${var.log_types}"})
	count(rule.deny) == 0 with input as eks({"enabled_cluster_log_types": ["api", "${var.more}"]})
}

test_plan_values if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_eks_cluster.a", "mode": "managed", "type": "aws_eks_cluster", "name": "a", "values": {"name": "a", "enabled_cluster_log_types": null}}, {"address": "aws_eks_cluster.b", "mode": "managed", "type": "aws_eks_cluster", "name": "b", "values": {"name": "b", "enabled_cluster_log_types": ["api", "audit", "authenticator"]}}]}}}
	count(rule.deny) == 1 with input as inp
}
