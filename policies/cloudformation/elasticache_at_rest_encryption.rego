# METADATA
# title: ElastiCache replication group without encryption at rest
# description: >-
#   An `AWS::ElastiCache::ReplicationGroup` with `AtRestEncryptionEnabled`
#   false or unset (the default) writes its data, swap and backups (snapshots
#   in S3) unencrypted. The setting cannot be changed on an existing group.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-replicationgroup.html#cfn-elasticache-replicationgroup-atrestencryptionenabled
#   - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html
# custom:
#   id: VD-CFN-044
#   severity: medium
#   remediation: >-
#     Set `AtRestEncryptionEnabled: true` (and `KmsKeyId` for a customer
#     managed key) on the replication group; migrate existing data through a
#     backup restore.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["ElastiCache.4"]
#     NIST-800-53: ["SC-28"]
#   example: |
#     Resources:
#       Cache:
#         Type: AWS::ElastiCache::ReplicationGroup
#         Properties:
#           ReplicationGroupDescription: sessions
#           Engine: redis
#           CacheNodeType: cache.t3.micro
#           TransitEncryptionEnabled: true
package verdict.cloudformation.elasticache_at_rest_encryption

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("ElastiCache replication group %q does not enable encryption at rest", [r.name]),
	"path": p.prop_path(r, "AtRestEncryptionEnabled"),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::ElastiCache::ReplicationGroup")
	cfn.never_true(r.properties, "AtRestEncryptionEnabled")
}
