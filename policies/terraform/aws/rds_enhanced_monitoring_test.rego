package verdict.terraform.aws.rds_enhanced_monitoring_test

import data.verdict.terraform.aws.rds_enhanced_monitoring
import rego.v1

res(body) := {"resource": {"aws_db_instance": {"x": [object.union({"engine": "postgres", "instance_class": "db.t3.micro"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in rds_enhanced_monitoring.warn] with input as res({})
	r.path == ["resource", "aws_db_instance", "x", 0]
	r.resource == "aws_db_instance.x"
}

test_fires_1 if {
	[r] := [x | some x in rds_enhanced_monitoring.warn] with input as res({"monitoring_interval": 0})
	r.path == ["resource", "aws_db_instance", "x", 0, "monitoring_interval"]
	r.resource == "aws_db_instance.x"
}

test_passes_0 if {
	count(rds_enhanced_monitoring.warn) == 0 with input as res({"monitoring_interval": 60, "monitoring_role_arn": "${aws_iam_role.rds_monitoring.arn}"})
}

test_unknown_passes_0 if {
	count(rds_enhanced_monitoring.warn) == 0 with input as res({"monitoring_interval": "${var.monitoring_interval}"})
}

test_plan_default if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_db_instance.x", "mode": "managed", "type": "aws_db_instance", "name": "x", "values": {"engine": "postgres", "monitoring_interval": 0}},
	]}}}
	count(rds_enhanced_monitoring.warn) == 1 with input as inp
}
