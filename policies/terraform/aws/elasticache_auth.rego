# METADATA
# title: ElastiCache replication group without authentication
# description: >-
#   An `aws_elasticache_replication_group` that encrypts in transit
#   (`transit_encryption_enabled = true`) but has neither an `auth_token` (Redis
#   AUTH) nor `user_group_ids` (RBAC) accepts commands, data reads and
#   `FLUSHALL` included, from any client that reaches its port. Groups without
#   transit encryption are reported by VD-TF-AWS-020 (AUTH needs it); members of
#   a global datastore are not judged. Reported at the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#auth_token
#   - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html
#   - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html
# custom:
#   id: VD-TF-AWS-095
#   severity: medium
#   remediation: >-
#     Set `auth_token` (from a secret, with `auth_token_update_strategy`) or
#     `user_group_ids` with an `aws_elasticache_user_group` whose default user
#     is disabled.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["IA-2", "AC-3"]
#   example: |
#     resource "aws_elasticache_replication_group" "cache" {
#       replication_group_id       = "cache"
#       description                = "sessions"
#       node_type                  = "cache.t3.micro"
#       transit_encryption_enabled = true
#     }
package verdict.terraform.aws.elasticache_auth

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("ElastiCache replication group %q requires no authentication (no auth_token, no user_group_ids)", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.of_type("aws_elasticache_replication_group")
	aws.value(r, ["global_replication_group_id"], "") == ""
	aws.is_true(aws.value(r, ["transit_encryption_enabled"], false))
	aws.value(r, ["auth_token"], "") == ""
	count(aws.value(r, ["user_group_ids"], [])) == 0
}
