package verdict.terraform.aws.rds_public_test

import data.verdict.terraform.aws.rds_public
import rego.v1

test_public_instance_fires if {
	inp := {"resource": {"aws_db_instance": {"app": [{"engine": "mysql", "publicly_accessible": true}]}}}
	[r] := [x | some x in rds_public.deny] with input as inp
	r.path == ["resource", "aws_db_instance", "app", 0, "publicly_accessible"]
}

test_private_or_unset_passes if {
	inp := {"resource": {
		"aws_db_instance": {"a": [{"publicly_accessible": false}], "b": [{"engine": "mysql"}], "c": [{"publicly_accessible": "${var.public}"}]},
		"aws_rds_cluster_instance": {"d": [{"publicly_accessible": false}]},
	}}
	count(rds_public.deny) == 0 with input as inp
}

test_plan_cluster_instance_fires if {
	inp := {"planned_values": {"root_module": {"resources": [{
		"address": "aws_rds_cluster_instance.w[0]", "mode": "managed", "type": "aws_rds_cluster_instance", "name": "w", "index": 0,
		"values": {"publicly_accessible": true},
	}]}}}
	[r] := [x | some x in rds_public.deny] with input as inp
	r.resource == "aws_rds_cluster_instance.w[0]"
}
