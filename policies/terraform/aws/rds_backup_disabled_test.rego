package verdict.terraform.aws.rds_backup_disabled_test

import data.verdict.terraform.aws.rds_backup_disabled
import rego.v1

res(body) := {"resource": {"aws_db_instance": {"x": [object.union({"engine": "postgres", "instance_class": "db.t3.micro"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in rds_backup_disabled.deny] with input as res({"backup_retention_period": 0})
	r.path == ["resource", "aws_db_instance", "x", 0, "backup_retention_period"]
	r.resource == "aws_db_instance.x"
}

test_fires_1 if {
	[r] := [x | some x in rds_backup_disabled.deny] with input as res({"backup_retention_period": "0"})
	r.path == ["resource", "aws_db_instance", "x", 0, "backup_retention_period"]
	r.resource == "aws_db_instance.x"
}

test_passes_0 if {
	count(rds_backup_disabled.deny) == 0 with input as res({})
}

test_passes_1 if {
	count(rds_backup_disabled.deny) == 0 with input as res({"backup_retention_period": 7})
}

test_passes_2 if {
	count(rds_backup_disabled.deny) == 0 with input as res({"backup_retention_period": 0, "replicate_source_db": "${aws_db_instance.primary.identifier}"})
}

test_passes_3 if {
	count(rds_backup_disabled.deny) == 0 with input as res({"backup_retention_period": 0, "engine": "aurora-mysql"})
}

test_unknown_passes_0 if {
	count(rds_backup_disabled.deny) == 0 with input as res({"backup_retention_period": "${var.retention}"})
}

test_unknown_passes_1 if {
	count(rds_backup_disabled.deny) == 0 with input as res({"backup_retention_period": 0, "replicate_source_db": "${var.source}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_db_instance.x", "mode": "managed", "type": "aws_db_instance", "name": "x", "values": {"engine": "postgres", "backup_retention_period": 0, "replicate_source_db": null}}]}}}
	count(rds_backup_disabled.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_db_instance.x", "mode": "managed", "type": "aws_db_instance", "name": "x", "values": {"engine": "postgres", "backup_retention_period": 7, "replicate_source_db": null}}]}}}
	count(rds_backup_disabled.deny) == 0 with input as inp
}

test_configured_minimum if {
	count(rds_backup_disabled.deny) == 1 with input as res({"backup_retention_period": 3}) with data.verdict.config.rds_backup_retention_days as 7
	count(rds_backup_disabled.deny) == 1 with input as res({}) with data.verdict.config.rds_backup_retention_days as 7
}
