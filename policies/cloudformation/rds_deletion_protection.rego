# METADATA
# title: RDS database without deletion protection
# description: >-
#   An `AWS::RDS::DBInstance` or `AWS::RDS::DBCluster` without
#   `DeletionProtection: true` (the default is false) can be deleted by a
#   single API call, a mistaken stack update or a stack deletion. Instances
#   of a cluster (and Aurora instances) are protected through their cluster,
#   and read replicas (`SourceDBInstanceIdentifier`) hold no data of their
#   own; both are skipped.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-deletionprotection
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection
# custom:
#   id: VD-CFN-041
#   severity: low
#   remediation: >-
#     Set `DeletionProtection: true` on the instance or cluster (and a
#     `DeletionPolicy: Snapshot` on the resource).
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["RDS.7", "RDS.8"]
#     NIST-800-53: ["CP-9"]
#   example: |
#     Resources:
#       Db:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.micro
package verdict.cloudformation.rds_deletion_protection

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("%s %q has no deletion protection", [trim_prefix(r.type, "AWS::RDS::"), r.name]),
	"path": p.prop_path(r, "DeletionProtection"),
	"resource": r.name,
} if {
	some r in cfn.resources
	r.type in {"AWS::RDS::DBInstance", "AWS::RDS::DBCluster"}
	not p.rds_managed_elsewhere(r)
	p.absent(r.properties, "SourceDBInstanceIdentifier")
	cfn.never_true(r.properties, "DeletionProtection")
}
