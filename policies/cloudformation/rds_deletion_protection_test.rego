package verdict.cloudformation.rds_deletion_protection_test

import data.verdict.cloudformation.rds_deletion_protection as dp
import rego.v1

db(type, props) := {"Resources": {"Db": {"Type": type, "Properties": props}}}

instance(props) := db("AWS::RDS::DBInstance", object.union({"Engine": "postgres", "DBInstanceClass": "db.t3.micro"}, props))

test_unprotected_fires if {
	some r in dp.deny with input as instance({})
	r.path == ["Resources", "Db", "Properties"]
	some s in dp.deny with input as db("AWS::RDS::DBCluster", {"Engine": "aurora-mysql", "DeletionProtection": "false"})
	s.path == ["Resources", "Db", "Properties", "DeletionProtection"]
}

test_protected_passes if {
	count(dp.deny) == 0 with input as instance({"DeletionProtection": true})
	count(dp.deny) == 0 with input as instance({"DBClusterIdentifier": {"Ref": "Cluster"}})
	count(dp.deny) == 0 with input as instance({"Engine": "aurora-mysql"})
	count(dp.deny) == 0 with input as instance({"SourceDBInstanceIdentifier": {"Ref": "Primary"}})
}

test_unknown_passes if {
	count(dp.deny) == 0 with input as instance({"DeletionProtection": {"Ref": "Protect"}})
	count(dp.deny) == 0 with input as instance({"DeletionProtection": {"Fn::If": ["Prod", true, false]}})
}
