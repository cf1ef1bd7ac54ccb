# METADATA
# title: S3 public access block setting disabled
# description: >-
#   An `aws_s3_bucket_public_access_block` or
#   `aws_s3_account_public_access_block` leaves one of its four settings
#   (`block_public_acls`, `block_public_policy`, `ignore_public_acls`,
#   `restrict_public_buckets`) false or unset (they default to false), so a
#   public ACL or bucket policy can still expose the data.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_account_public_access_block
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: VD-TF-AWS-002
#   severity: high
#   remediation: >-
#     Set `block_public_acls = true`, `block_public_policy = true`,
#     `ignore_public_acls = true` and `restrict_public_buckets = true` on the
#     public access block.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["2.1.4"]
#     AWS-FSBP: ["S3.1", "S3.8"]
#     NIST-800-53: ["AC-3"]
#   example: |
#     resource "aws_s3_bucket_public_access_block" "logs" {
#       bucket              = aws_s3_bucket.logs.id
#       block_public_acls   = true
#       block_public_policy = false
#     }
package verdict.terraform.aws.s3_public_access_block_settings

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

settings := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

deny contains {
	"msg": sprintf("S3 public access block %q does not set %s = true", [r.address, setting]),
	"path": aws.arg_path(r, [setting]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"}
	some setting in settings
	v := aws.value(r, [setting], false)
	not aws.is_true(v)
}
