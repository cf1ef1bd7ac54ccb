package verdict.terraform.aws.rds_default_master_username_test

import data.verdict.terraform.aws.rds_default_master_username
import rego.v1

res(body) := {"resource": {"aws_db_instance": {"x": [object.union({"engine": "mysql", "instance_class": "db.t3.micro"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in rds_default_master_username.warn] with input as res({"username": "admin"})
	r.path == ["resource", "aws_db_instance", "x", 0, "username"]
	r.resource == "aws_db_instance.x"
}

test_passes_0 if {
	count(rds_default_master_username.warn) == 0 with input as res({"username": "app_owner"})
}

test_passes_1 if {
	count(rds_default_master_username.warn) == 0 with input as res({})
}

test_unknown_passes_0 if {
	count(rds_default_master_username.warn) == 0 with input as res({"username": "${var.username}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_db_instance.x", "mode": "managed", "type": "aws_db_instance", "name": "x", "values": {"engine": "mysql", "username": "admin"}}]}}}
	count(rds_default_master_username.warn) == 1 with input as inp
}

test_cluster if {
	count(rds_default_master_username.warn) == 1 with input as {"resource": {"aws_rds_cluster": {"c": [{"master_username": "postgres"}]}}}
}
