package verdict.terraform.aws.rds_auto_minor_version_upgrade_test

import data.verdict.terraform.aws.rds_auto_minor_version_upgrade
import rego.v1

res(body) := {"resource": {"aws_rds_cluster_instance": {"x": [object.union({"cluster_identifier": "${aws_rds_cluster.db.id}", "instance_class": "db.r6g.large"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in rds_auto_minor_version_upgrade.warn] with input as res({"auto_minor_version_upgrade": false})
	r.path == ["resource", "aws_rds_cluster_instance", "x", 0, "auto_minor_version_upgrade"]
	r.resource == "aws_rds_cluster_instance.x"
}

test_passes_0 if {
	count(rds_auto_minor_version_upgrade.warn) == 0 with input as res({})
}

test_passes_1 if {
	count(rds_auto_minor_version_upgrade.warn) == 0 with input as res({"auto_minor_version_upgrade": true})
}

test_unknown_passes_0 if {
	count(rds_auto_minor_version_upgrade.warn) == 0 with input as res({"auto_minor_version_upgrade": "${var.upgrade}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_rds_cluster_instance.x", "mode": "managed", "type": "aws_rds_cluster_instance", "name": "x", "values": {"cluster_identifier": "c", "auto_minor_version_upgrade": true}}]}}}
	count(rds_auto_minor_version_upgrade.warn) == 0 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_rds_cluster_instance.x", "mode": "managed", "type": "aws_rds_cluster_instance", "name": "x", "values": {"cluster_identifier": "c", "auto_minor_version_upgrade": false}}]}}}
	count(rds_auto_minor_version_upgrade.warn) == 1 with input as inp
}
