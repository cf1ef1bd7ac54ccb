# METADATA
# title: S3 bucket without server-side encryption configuration
# description: >-
#   The bucket has no default server-side encryption configuration: neither
#   an inline `server_side_encryption_configuration` block (AWS provider v3)
#   nor an `aws_s3_bucket_server_side_encryption_configuration` resource for
#   it (provider v4+). Declaring the encryption (SSE-S3 or, better, SSE-KMS
#   with a customer managed key) makes encryption at rest explicit, auditable
#   and independent of account defaults. A bucket-scoped resource whose
#   `bucket` cannot be resolved (a variable) counts as covering the buckets of
#   its module, to avoid false positives.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html
# custom:
#   id: VD-TF-AWS-001
#   severity: medium
#   remediation: >-
#     Add an `aws_s3_bucket_server_side_encryption_configuration` resource with
#     `bucket = aws_s3_bucket.<name>.id` and a `rule {
#     apply_server_side_encryption_by_default { sse_algorithm = "aws:kms",
#     kms_master_key_id = aws_kms_key.<key>.arn } }` (or `sse_algorithm =
#     "AES256"`).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     resource "aws_s3_bucket" "logs" {
#       bucket = "acme-logs"
#     }
package verdict.terraform.aws.s3_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("S3 bucket %q has no server-side encryption configuration", [b.address]),
	"path": b.path,
	"resource": b.address,
} if {
	some b in tf.of_type("aws_s3_bucket")
	not aws.has_block(b, "server_side_encryption_configuration")
	not aws.has_bucket_resource(b, "aws_s3_bucket_server_side_encryption_configuration")
}
