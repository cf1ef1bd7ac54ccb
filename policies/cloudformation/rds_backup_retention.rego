# METADATA
# title: RDS automated backups kept for less than seven days
# description: >-
#   An `AWS::RDS::DBInstance` or `AWS::RDS::DBCluster` whose
#   `BackupRetentionPeriod` is below `data.verdict.config.rds_backup_retention_days`
#   (default 7) keeps too few automated backups to recover from corruption
#   or a destructive change found a few days late; `0` turns automated
#   backups off. The property defaults to 1 day, so leaving it out is
#   reported too. Instances whose backups belong to someone else (members of
#   a cluster, Aurora instances, read replicas) are skipped.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-backupretentionperiod
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html
# custom:
#   id: VD-CFN-040
#   severity: medium
#   remediation: >-
#     Set `BackupRetentionPeriod: 7` (or more, up to 35) on the instance or
#     cluster.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["RDS.11"]
#     NIST-800-53: ["CP-9", "CP-10"]
#   example: |
#     Resources:
#       Db:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.micro
#           BackupRetentionPeriod: 0
package verdict.cloudformation.rds_backup_retention

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

minimum := cfn.config("rds_backup_retention_days", 7)

deny contains {
	"msg": sprintf("%s %q keeps automated backups for %v day(s) (less than %v)", [trim_prefix(r.type, "AWS::RDS::"), r.name, days, minimum]),
	"path": p.prop_path(r, "BackupRetentionPeriod"),
	"resource": r.name,
} if {
	some r in cfn.resources
	r.type in {"AWS::RDS::DBInstance", "AWS::RDS::DBCluster"}
	not p.rds_managed_elsewhere(r)
	not "SourceDBInstanceIdentifier" in object.keys(r.properties)
	days := retention(r.properties)
	days < minimum
}

retention(props) := 1 if p.absent(props, "BackupRetentionPeriod")

else := cfn.port(cfn.value(props.BackupRetentionPeriod))
