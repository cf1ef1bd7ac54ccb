package verdict.terraform.aws.rds_encryption_test

import data.verdict.terraform.aws.rds_encryption
import rego.v1

db(body) := {"resource": {"aws_db_instance": {"app": [object.union({"engine": "postgres", "instance_class": "db.t3.micro"}, body)]}}}

test_unencrypted_instance_fires if {
	[r] := [x | some x in rds_encryption.deny] with input as db({})
	r.path == ["resource", "aws_db_instance", "app", 0]
	r.resource == "aws_db_instance.app"
}

test_explicit_false_fires_at_the_attribute if {
	[r] := [x | some x in rds_encryption.deny] with input as db({"storage_encrypted": false})
	r.path == ["resource", "aws_db_instance", "app", 0, "storage_encrypted"]
}

test_encrypted_or_unknown_passes if {
	count(rds_encryption.deny) == 0 with input as db({"storage_encrypted": true})
	count(rds_encryption.deny) == 0 with input as db({"storage_encrypted": "${var.encrypted}"})
}

test_replicas_snapshots_and_aurora_instances_are_not_judged if {
	count(rds_encryption.deny) == 0 with input as db({"replicate_source_db": "${aws_db_instance.primary.identifier}"})
	count(rds_encryption.deny) == 0 with input as db({"snapshot_identifier": "snap-1"})
	count(rds_encryption.deny) == 0 with input as db({"engine": "aurora-postgresql"})
}

cluster(body) := {"resource": {"aws_rds_cluster": {"db": [object.union({"engine": "aurora-mysql"}, body)]}}}

test_clusters if {
	count(rds_encryption.deny) == 1 with input as cluster({})
	count(rds_encryption.deny) == 0 with input as cluster({"engine_mode": "serverless"})
	count(rds_encryption.deny) == 0 with input as cluster({"storage_encrypted": true})
}

test_plan_unset_computed_value if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_rds_cluster.db", "mode": "managed", "type": "aws_rds_cluster", "name": "db", "values": {"engine": "aurora-postgresql", "engine_mode": "provisioned", "replication_source_identifier": null, "snapshot_identifier": null}},
		{"address": "aws_db_instance.app", "mode": "managed", "type": "aws_db_instance", "name": "app", "values": {"engine": "mysql", "storage_encrypted": true, "replicate_source_db": null}},
	]}}}
	[r] := [x | some x in rds_encryption.deny] with input as inp
	r.resource == "aws_rds_cluster.db"
	r.path == ["planned_values", "root_module", "resources", 0, "values"]
}
