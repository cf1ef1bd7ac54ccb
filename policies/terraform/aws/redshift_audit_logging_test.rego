package verdict.terraform.aws.redshift_audit_logging_test

import data.verdict.terraform.aws.redshift_audit_logging
import rego.v1

res(body) := {"resource": {"aws_redshift_cluster": {"x": [object.union({"cluster_identifier": "dw", "node_type": "ra3.xlplus"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in redshift_audit_logging.deny] with input as res({})
	r.path == ["resource", "aws_redshift_cluster", "x", 0]
	r.resource == "aws_redshift_cluster.x"
}

test_fires_1 if {
	[r] := [x | some x in redshift_audit_logging.deny] with input as res({"logging": [{"enable": false}]})
	r.path == ["resource", "aws_redshift_cluster", "x", 0, "logging", 0, "enable"]
	r.resource == "aws_redshift_cluster.x"
}

test_passes_0 if {
	count(redshift_audit_logging.deny) == 0 with input as res({"logging": [{"enable": true, "log_destination_type": "cloudwatch"}]})
}

test_unknown_passes_0 if {
	count(redshift_audit_logging.deny) == 0 with input as res({"logging": [{"enable": "${var.logging}"}]})
}

cluster(name, id) := {"cluster_identifier": id, "node_type": "ra3.xlplus"}

test_logging_resource if {
	inp := {"resource": {
		"aws_redshift_cluster": {"a": [cluster("a", "dw-a")], "b": [cluster("b", "dw-b")], "c": [cluster("c", "dw-c")]},
		"aws_redshift_logging": {"a": [{"cluster_identifier": "${aws_redshift_cluster.a.id}", "log_destination_type": "cloudwatch"}], "b": [{"cluster_identifier": "dw-b"}]},
	}}
	{r.resource | some r in redshift_audit_logging.deny} == {"aws_redshift_cluster.c"} with input as inp
}

test_unresolved_logging_resource_covers_the_module if {
	inp := {"resource": {
		"aws_redshift_cluster": {"a": [cluster("a", "dw-a")]},
		"aws_redshift_logging": {"a": [{"cluster_identifier": "${var.cluster}"}]},
	}}
	count(redshift_audit_logging.deny) == 0 with input as inp
}

test_plan if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_redshift_cluster.a", "mode": "managed", "type": "aws_redshift_cluster", "name": "a", "values": {"cluster_identifier": "dw-a", "logging": []}},
		{"address": "aws_redshift_cluster.b", "mode": "managed", "type": "aws_redshift_cluster", "name": "b", "values": {"cluster_identifier": "dw-b", "logging": []}},
		{"address": "aws_redshift_logging.a", "mode": "managed", "type": "aws_redshift_logging", "name": "a", "values": {"cluster_identifier": "dw-a", "log_destination_type": "cloudwatch"}},
	]}}}
	{r.resource | some r in redshift_audit_logging.deny} == {"aws_redshift_cluster.b"} with input as inp
}
