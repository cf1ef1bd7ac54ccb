package verdict.cloudformation.rds_storage_encrypted_test

import data.verdict.cloudformation.rds_storage_encrypted as rds
import rego.v1

db(type, props) := {"Resources": {"Db": {"Type": type, "Properties": props}}}

instance(props) := db("AWS::RDS::DBInstance", object.union({"Engine": "mysql", "DBInstanceClass": "db.t3.micro"}, props))

test_unencrypted_instance_fires if {
	some r in rds.deny with input as instance({})
	r.path == ["Resources", "Db", "Properties"]
	r.resource == "Db"
}

test_explicit_false_points_at_it if {
	some r in rds.deny with input as instance({"StorageEncrypted": "false"})
	r.path == ["Resources", "Db", "Properties", "StorageEncrypted"]
}

test_unencrypted_cluster_fires if {
	some r in rds.deny with input as db("AWS::RDS::DBCluster", {"Engine": "aurora-postgresql"})
	contains(r.msg, "DBCluster")
}

test_encrypted_passes if {
	count(rds.deny) == 0 with input as instance({"StorageEncrypted": true})
	count(rds.deny) == 0 with input as instance({"StorageEncrypted": "true"})
	count(rds.deny) == 0 with input as db("AWS::RDS::DBCluster", {"Engine": "aurora-mysql", "StorageEncrypted": true})
}

test_inherited_encryption_is_skipped if {
	count(rds.deny) == 0 with input as instance({"DBClusterIdentifier": {"Ref": "Cluster"}})
	count(rds.deny) == 0 with input as instance({"SourceDBInstanceIdentifier": {"Ref": "Primary"}})
	count(rds.deny) == 0 with input as instance({"DBSnapshotIdentifier": "snap"})
	count(rds.deny) == 0 with input as instance({"Engine": "aurora-mysql"})
	count(rds.deny) == 0 with input as db("AWS::RDS::DBCluster", {"Engine": "aurora", "EngineMode": "serverless"})
	count(rds.deny) == 0 with input as db("AWS::RDS::DBCluster", {"Engine": "aurora", "SnapshotIdentifier": "snap"})
}

test_snapshot_only_in_one_branch if {
	count(rds.deny) == 0 with input as instance({"DBSnapshotIdentifier": {"Fn::If": ["FromSnapshot", "snap", {"Ref": "AWS::NoValue"}]}})
	count(rds.deny) == 1 with input as instance({"DBSnapshotIdentifier": {"Ref": "AWS::NoValue"}})
}

test_conditional_encryption_is_unknown if {
	count(rds.deny) == 0 with input as instance({"StorageEncrypted": {"Fn::If": ["Encrypt", true, false]}})
	count(rds.deny) == 0 with input as instance({"StorageEncrypted": {"Ref": "Encrypt"}})
}
