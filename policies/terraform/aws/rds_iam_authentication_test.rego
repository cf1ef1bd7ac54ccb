package verdict.terraform.aws.rds_iam_authentication_test

import data.verdict.terraform.aws.rds_iam_authentication
import rego.v1

res(body) := {"resource": {"aws_db_instance": {"x": [object.union({"engine": "mysql", "instance_class": "db.t3.micro"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in rds_iam_authentication.warn] with input as res({})
	r.path == ["resource", "aws_db_instance", "x", 0]
	r.resource == "aws_db_instance.x"
}

test_fires_1 if {
	[r] := [x | some x in rds_iam_authentication.warn] with input as res({"iam_database_authentication_enabled": false})
	r.path == ["resource", "aws_db_instance", "x", 0, "iam_database_authentication_enabled"]
	r.resource == "aws_db_instance.x"
}

test_passes_0 if {
	count(rds_iam_authentication.warn) == 0 with input as res({"iam_database_authentication_enabled": true})
}

test_passes_1 if {
	count(rds_iam_authentication.warn) == 0 with input as res({"engine": "sqlserver-se"})
}

test_passes_2 if {
	count(rds_iam_authentication.warn) == 0 with input as res({"engine": "aurora-mysql"})
}

test_unknown_passes_0 if {
	count(rds_iam_authentication.warn) == 0 with input as res({"iam_database_authentication_enabled": "${var.iam_auth}"})
}

test_unknown_passes_1 if {
	count(rds_iam_authentication.warn) == 0 with input as res({"engine": "${var.engine}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_db_instance.x", "mode": "managed", "type": "aws_db_instance", "name": "x", "values": {"engine": "mysql", "iam_database_authentication_enabled": false, "replicate_source_db": null}}]}}}
	count(rds_iam_authentication.warn) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_db_instance.x", "mode": "managed", "type": "aws_db_instance", "name": "x", "values": {"engine": "oracle-ee", "iam_database_authentication_enabled": false}}]}}}
	count(rds_iam_authentication.warn) == 0 with input as inp
}

test_cluster_default_engine if {
	count(rds_iam_authentication.warn) == 1 with input as {"resource": {"aws_rds_cluster": {"c": [{"cluster_identifier": "c"}]}}}
	count(rds_iam_authentication.warn) == 0 with input as {"resource": {"aws_rds_cluster": {"c": [{"cluster_identifier": "c", "engine_mode": "serverless"}]}}}
}
