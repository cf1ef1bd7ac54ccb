# METADATA
# title: ElastiCache replication group not encrypted at rest
# description: >-
#   An `aws_elasticache_replication_group` with `at_rest_encryption_enabled`
#   false, or unset with the Redis OSS engine (the default engine; Valkey groups
#   are encrypted by default), keeps cached data, swap and backups in S3
#   unencrypted; it cannot be turned on for an existing group. Members of a
#   global datastore (`global_replication_group_id`), which inherit its
#   settings, are not judged. Reported at `at_rest_encryption_enabled`, else the
#   resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#at_rest_encryption_enabled
#   - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-4
# custom:
#   id: VD-TF-AWS-094
#   severity: medium
#   remediation: >-
#     Set `at_rest_encryption_enabled = true` (and `kms_key_id` for a customer
#     managed key).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ElastiCache.4"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     resource "aws_elasticache_replication_group" "cache" {
#       replication_group_id = "cache"
#       description          = "sessions"
#       node_type            = "cache.t3.micro"
#     }
package verdict.terraform.aws.elasticache_at_rest_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["at_rest_encryption_enabled"]

deny contains {
	"msg": sprintf("ElastiCache replication group %q is not encrypted at rest", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_elasticache_replication_group")
	aws.value(r, ["global_replication_group_id"], "") == ""
	engine := aws.value(r, ["engine"], "redis")
	v := aws.value(r, keys, engine == "valkey")
	aws.is_false(v)
}
