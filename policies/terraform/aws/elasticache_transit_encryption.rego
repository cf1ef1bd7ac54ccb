# METADATA
# title: ElastiCache replication group without encryption in transit
# description: >-
#   An `aws_elasticache_replication_group` (Redis/Valkey) with
#   `transit_encryption_enabled` false or unset (the default) accepts
#   plaintext connections, so cached data and AUTH tokens cross the network in
#   clear text.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#transit_encryption_enabled
#   - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html
# custom:
#   id: VD-TF-AWS-020
#   severity: medium
#   remediation: >-
#     Set `transit_encryption_enabled = true` (with `auth_token` or RBAC user
#     groups) and connect with TLS.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ElastiCache.5"]
#     NIST-800-53: ["SC-8"]
#   example: |
#     resource "aws_elasticache_replication_group" "cache" {
#       replication_group_id = "cache"
#       description          = "sessions"
#       node_type            = "cache.t3.micro"
#     }
package verdict.terraform.aws.elasticache_transit_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("ElastiCache replication group %q does not encrypt data in transit", [r.address]),
	"path": aws.arg_path(r, ["transit_encryption_enabled"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_elasticache_replication_group")
	v := aws.value(r, ["transit_encryption_enabled"], false)
	aws.is_false(v)
}
