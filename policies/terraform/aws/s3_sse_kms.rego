# METADATA
# title: S3 default encryption uses S3-managed keys (SSE-S3)
# description: >-
#   The bucket's default encryption
#   (`aws_s3_bucket_server_side_encryption_configuration`, or the inline
#   `server_side_encryption_configuration` of an `aws_s3_bucket` that has no
#   such resource) is `sse_algorithm = "AES256"`: S3 owns the key, so access to
#   the data cannot be restricted or audited through a KMS key policy and
#   CloudTrail KMS events, nor revoked by disabling the key. Reported as a
#   warning at `sse_algorithm`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
# custom:
#   id: VD-TF-AWS-075
#   severity: low
#   remediation: >-
#     Use `sse_algorithm = "aws:kms"` (or `"aws:kms:dsse"`) with
#     `kms_master_key_id` set to a customer managed key, and `bucket_key_enabled
#     = true` to keep KMS costs down.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-12", "SC-28"]
#   example: |
#     resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
#       bucket = aws_s3_bucket.data.id
#       rule {
#         apply_server_side_encryption_by_default {
#           sse_algorithm = "AES256"
#         }
#       }
#     }
package verdict.terraform.aws.s3_sse_kms

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

warn contains {
	"msg": sprintf("%s encrypts with S3-managed keys (AES256), not a KMS key", [r.address]),
	"path": array.concat(r.path, array.concat(prefix, ["rule", i, "apply_server_side_encryption_by_default", j, "sse_algorithm"])),
	"resource": r.address,
} if {
	some [r, prefix, config] in configurations
	is_array(config.rule)
	some i, rule in config.rule
	is_array(rule.apply_server_side_encryption_by_default)
	some j, by_default in rule.apply_server_side_encryption_by_default
	by_default.sse_algorithm == "AES256"
}

# [resource, path to the configuration, configuration]
configurations contains [r, [], r.config] if some r in tf.of_type("aws_s3_bucket_server_side_encryption_configuration")

configurations contains [r, ["server_side_encryption_configuration", k], c] if {
	some r in tf.of_type("aws_s3_bucket")
	not aws.has_bucket_resource(r, "aws_s3_bucket_server_side_encryption_configuration")
	is_array(r.config.server_side_encryption_configuration)
	some k, c in r.config.server_side_encryption_configuration
}
