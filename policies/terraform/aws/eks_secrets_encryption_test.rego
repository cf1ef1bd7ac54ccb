package verdict.terraform.aws.eks_secrets_encryption_test

import data.verdict.terraform.aws.eks_secrets_encryption as rule
import rego.v1

eks(body) := {"resource": {"aws_eks_cluster": {"main": [object.union({"name": "main", "vpc_config": [{"subnet_ids": ["s"]}]}, body)]}}}

test_no_encryption_config_fires if {
	[r] := [x | some x in rule.warn] with input as eks({})
	r.path == ["resource", "aws_eks_cluster", "main", 0]
	[s] := [x | some x in rule.warn] with input as eks({"encryption_config": [{"resources": ["configmaps"]}]})
	s.path == ["resource", "aws_eks_cluster", "main", 0, "encryption_config"]
}

test_encrypted_unknown_pass if {
	count(rule.warn) == 0 with input as eks({"encryption_config": [{"resources": ["secrets"], "provider": [{"key_arn": "${aws_kms_key.k.arn}"}]}]})
	count(rule.warn) == 0 with input as eks({"encryption_config": [{"resources": "${var.resources}"}]})
	count(rule.warn) == 0 with input as eks({"encryption_config": "${var.enc}"})
	count(rule.warn) == 0 with input as eks({"dynamic": {"encryption_config": [{"for_each": "${var.e}"}]}})
}

test_plan if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_eks_cluster.a", "mode": "managed", "type": "aws_eks_cluster", "name": "a", "values": {"name": "a", "encryption_config": []}}]}}}
	count(rule.warn) == 1 with input as inp
}
