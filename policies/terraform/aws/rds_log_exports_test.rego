package verdict.terraform.aws.rds_log_exports_test

import data.verdict.terraform.aws.rds_log_exports
import rego.v1

res(body) := {"resource": {"aws_db_instance": {"x": [object.union({"engine": "postgres", "instance_class": "db.t3.micro"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in rds_log_exports.warn] with input as res({})
	r.path == ["resource", "aws_db_instance", "x", 0]
	r.resource == "aws_db_instance.x"
}

test_fires_1 if {
	[r] := [x | some x in rds_log_exports.warn] with input as res({"enabled_cloudwatch_logs_exports": []})
	r.path == ["resource", "aws_db_instance", "x", 0, "enabled_cloudwatch_logs_exports"]
	r.resource == "aws_db_instance.x"
}

test_passes_0 if {
	count(rds_log_exports.warn) == 0 with input as res({"enabled_cloudwatch_logs_exports": ["postgresql", "upgrade"]})
}

test_unknown_passes_0 if {
	count(rds_log_exports.warn) == 0 with input as res({"enabled_cloudwatch_logs_exports": "${var.log_exports}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_db_instance.x", "mode": "managed", "type": "aws_db_instance", "name": "x", "values": {"engine": "postgres", "enabled_cloudwatch_logs_exports": null, "replicate_source_db": null}}]}}}
	count(rds_log_exports.warn) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_db_instance.x", "mode": "managed", "type": "aws_db_instance", "name": "x", "values": {"engine": "postgres", "enabled_cloudwatch_logs_exports": ["postgresql"]}}]}}}
	count(rds_log_exports.warn) == 0 with input as inp
}

test_serverless_v1_cluster if {
	count(rds_log_exports.warn) == 0 with input as {"resource": {"aws_rds_cluster": {"c": [{"engine": "aurora-mysql", "engine_mode": "serverless"}]}}}
	count(rds_log_exports.warn) == 1 with input as {"resource": {"aws_rds_cluster": {"c": [{"engine": "aurora-mysql", "engine_mode": "provisioned"}]}}}
}
