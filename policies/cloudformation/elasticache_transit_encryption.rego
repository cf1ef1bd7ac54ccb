# METADATA
# title: ElastiCache replication group without encryption in transit
# description: >-
#   An `AWS::ElastiCache::ReplicationGroup` (Redis OSS/Valkey) with
#   `TransitEncryptionEnabled` false or unset (the default) accepts plaintext
#   connections, so cached data and AUTH tokens cross the network in clear
#   text.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-replicationgroup.html#cfn-elasticache-replicationgroup-transitencryptionenabled
#   - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html
# custom:
#   id: VD-CFN-043
#   severity: medium
#   remediation: >-
#     Set `TransitEncryptionEnabled: true` (with an `AuthToken` or RBAC
#     `UserGroupIds`) and connect with TLS.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["ElastiCache.5"]
#     NIST-800-53: ["SC-8"]
#   example: |
#     Resources:
#       Cache:
#         Type: AWS::ElastiCache::ReplicationGroup
#         Properties:
#           ReplicationGroupDescription: sessions
#           Engine: redis
#           CacheNodeType: cache.t3.micro
package verdict.cloudformation.elasticache_transit_encryption

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("ElastiCache replication group %q does not enable encryption in transit", [r.name]),
	"path": p.prop_path(r, "TransitEncryptionEnabled"),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::ElastiCache::ReplicationGroup")
	cfn.never_true(r.properties, "TransitEncryptionEnabled")
}
