package verdict.cloudformation.rds_backup_retention_test

import data.verdict.cloudformation.rds_backup_retention as br
import rego.v1

db(type, props) := {"Resources": {"Db": {"Type": type, "Properties": props}}}

instance(props) := db("AWS::RDS::DBInstance", object.union({"Engine": "postgres", "DBInstanceClass": "db.t3.micro"}, props))

test_short_retention_fires if {
	some r in br.deny with input as instance({"BackupRetentionPeriod": 0})
	r.path == ["Resources", "Db", "Properties", "BackupRetentionPeriod"]
	some s in br.deny with input as instance({})
	s.path == ["Resources", "Db", "Properties"]
	s.msg == "DBInstance \"Db\" keeps automated backups for 1 day(s) (less than 7)"
	count(br.deny) == 1 with input as db("AWS::RDS::DBCluster", {"Engine": "aurora-mysql", "BackupRetentionPeriod": "3"})
}

test_enough_or_elsewhere_passes if {
	count(br.deny) == 0 with input as instance({"BackupRetentionPeriod": 7})
	count(br.deny) == 0 with input as instance({"BackupRetentionPeriod": "35"})
	count(br.deny) == 0 with input as instance({"DBClusterIdentifier": {"Ref": "Cluster"}})
	count(br.deny) == 0 with input as instance({"Engine": "aurora-postgresql"})
	count(br.deny) == 0 with input as instance({"SourceDBInstanceIdentifier": {"Ref": "Primary"}})
	count(br.deny) == 0 with input as instance({"BackupRetentionPeriod": 1}) with data.verdict.config.rds_backup_retention_days as 1
}

test_unknown_passes if {
	count(br.deny) == 0 with input as instance({"BackupRetentionPeriod": {"Ref": "Days"}})
	count(br.deny) == 0 with input as instance({"BackupRetentionPeriod": {"Fn::If": ["Prod", 14, 1]}})
}
