package verdict.cloudformation.docdb_storage_encrypted_test

import data.verdict.cloudformation.docdb_storage_encrypted as docdb
import rego.v1

cluster(props) := {"Resources": {"Docs": {"Type": "AWS::DocDB::DBCluster", "Properties": object.union({"MasterUsername": "admin"}, props)}}}

test_unencrypted_fires if {
	some r in docdb.deny with input as cluster({})
	r.path == ["Resources", "Docs", "Properties"]
	r.resource == "Docs"
	some s in docdb.deny with input as cluster({"StorageEncrypted": "false", "SnapshotIdentifier": "snap"})
	s.path == ["Resources", "Docs", "Properties", "StorageEncrypted"]
}

test_encrypted_or_snapshot_passes if {
	count(docdb.deny) == 0 with input as cluster({"StorageEncrypted": true})
	count(docdb.deny) == 0 with input as cluster({"SnapshotIdentifier": "snap"})
}

test_unknown_passes if {
	count(docdb.deny) == 0 with input as cluster({"StorageEncrypted": {"Ref": "Encrypt"}})
	count(docdb.deny) == 0 with input as cluster({"StorageEncrypted": {"Fn::If": ["E", true, false]}})
}
