package verdict.terraform.aws.eks_public_endpoint_test

import data.verdict.terraform.aws.eks_public_endpoint as eks
import rego.v1

cluster(vpc_config) := {"resource": {"aws_eks_cluster": {"main": [{"name": "main", "role_arn": "${aws_iam_role.eks.arn}", "vpc_config": [vpc_config]}]}}}

test_default_endpoint_fires if {
	[r] := [x | some x in eks.deny] with input as cluster({"subnet_ids": "${var.subnet_ids}"})
	r.path == ["resource", "aws_eks_cluster", "main", 0, "vpc_config", 0]
	contains(r.msg, "0.0.0.0/0")
}

test_explicit_open_cidr_fires_at_the_element if {
	[r] := [x | some x in eks.deny] with input as cluster({"endpoint_public_access": true, "public_access_cidrs": ["10.0.0.0/8", "0.0.0.0/0"]})
	r.path == ["resource", "aws_eks_cluster", "main", 0, "vpc_config", 0, "public_access_cidrs", 1]
}

test_private_or_restricted_endpoint_passes if {
	count(eks.deny) == 0 with input as cluster({"endpoint_public_access": false})
	count(eks.deny) == 0 with input as cluster({"public_access_cidrs": ["203.0.113.0/24"]})
	count(eks.deny) == 0 with input as cluster({"public_access_cidrs": "${var.cidrs}"})
	count(eks.deny) == 0 with input as cluster({"endpoint_public_access": "${var.public}"})
}

test_plan_unset_cidrs_are_the_open_default if {
	inp := {"planned_values": {"root_module": {"resources": [{
		"address": "aws_eks_cluster.main", "mode": "managed", "type": "aws_eks_cluster", "name": "main",
		"values": {"name": "main", "vpc_config": [{"endpoint_private_access": false, "endpoint_public_access": true, "subnet_ids": ["subnet-1"]}]},
	}]}}}
	[r] := [x | some x in eks.deny] with input as inp
	r.path == ["planned_values", "root_module", "resources", 0, "values", "vpc_config", 0]
}
