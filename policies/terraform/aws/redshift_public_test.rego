package verdict.terraform.aws.redshift_public_test

import data.verdict.terraform.aws.redshift_public
import rego.v1

res(body) := {"resource": {"aws_redshift_cluster": {"x": [object.union({"cluster_identifier": "dw", "node_type": "ra3.xlplus"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in redshift_public.deny] with input as res({"publicly_accessible": true})
	r.path == ["resource", "aws_redshift_cluster", "x", 0, "publicly_accessible"]
	r.resource == "aws_redshift_cluster.x"
}

test_passes_0 if {
	count(redshift_public.deny) == 0 with input as res({})
}

test_passes_1 if {
	count(redshift_public.deny) == 0 with input as res({"publicly_accessible": false})
}

test_unknown_passes_0 if {
	count(redshift_public.deny) == 0 with input as res({"publicly_accessible": "${var.public}"})
}

test_plan_v5_default if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_redshift_cluster.x", "mode": "managed", "type": "aws_redshift_cluster", "name": "x", "values": {"cluster_identifier": "dw", "publicly_accessible": true}},
	]}}}
	count(redshift_public.deny) == 1 with input as inp
}
