# METADATA
# title: RDS storage not encrypted
# description: >-
#   An `AWS::RDS::DBInstance` or `AWS::RDS::DBCluster` without
#   `StorageEncrypted: true` stores its data, automated backups, read replicas
#   and snapshots unencrypted, and encryption cannot be turned on later without
#   a snapshot-copy-restore migration. Instances whose encryption is decided
#   elsewhere are skipped: members of a cluster (`DBClusterIdentifier`), read
#   replicas (`SourceDBInstanceIdentifier`), restores from a snapshot, and
#   Aurora Serverless v1 clusters (always encrypted).
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-storageencrypted
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
# custom:
#   id: VD-CFN-005
#   severity: high
#   remediation: >-
#     Set `StorageEncrypted: true` (and `KmsKeyId` to a customer managed key if
#     required) on the DB instance or cluster; for an existing database,
#     restore an encrypted copy of a snapshot.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["2.3.1"]
#     AWS-FSBP: ["RDS.3"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     Resources:
#       Db:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: mysql
#           DBInstanceClass: db.t3.micro
#           AllocatedStorage: "20"
package verdict.cloudformation.rds_storage_encrypted

import data.verdict.lib.cloudformation as cfn
import rego.v1

# Properties that make the storage encryption someone else's decision.
inherited := {
	"AWS::RDS::DBInstance": ["DBClusterIdentifier", "SourceDBInstanceIdentifier", "DBSnapshotIdentifier", "SourceDBClusterIdentifier"],
	"AWS::RDS::DBCluster": ["SnapshotIdentifier", "SourceDBClusterIdentifier"],
}

deny contains {
	"msg": sprintf("%s %q does not set StorageEncrypted: true", [kind, r.name]),
	"path": finding_path(r),
	"resource": r.name,
} if {
	some type, skip in inherited
	some r in cfn.of_type(type)
	kind := trim_prefix(type, "AWS::RDS::")
	cfn.never_true(r.properties, "StorageEncrypted")
	every key in skip {
		cfn.never_true(r.properties, key)
	}
	not aurora_instance(r)
	not serverless_v1(r)
}

# An Aurora instance always belongs to a cluster (its storage is the cluster's).
aurora_instance(r) if {
	r.type == "AWS::RDS::DBInstance"
	startswith(lower(cfn.value(r.properties.Engine)), "aurora")
}

serverless_v1(r) if cfn.value(r.properties.EngineMode) == "serverless"

finding_path(r) := array.concat(r.path, ["StorageEncrypted"]) if "StorageEncrypted" in object.keys(r.properties)

else := r.path
