# METADATA
# title: S3 bucket without a public access block
# description: >-
#   The bucket has no `aws_s3_bucket_public_access_block`, and the
#   configuration declares no account-level
#   `aws_s3_account_public_access_block`, so nothing in code guarantees that a
#   public ACL or bucket policy added later is blocked. A public access block
#   whose `bucket` cannot be resolved (a variable) counts as covering the
#   buckets of its module.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: VD-TF-AWS-003
#   severity: medium
#   remediation: >-
#     Add `resource "aws_s3_bucket_public_access_block" "<name>" { bucket =
#     aws_s3_bucket.<name>.id, block_public_acls = true, block_public_policy =
#     true, ignore_public_acls = true, restrict_public_buckets = true }`, or
#     manage an account-wide `aws_s3_account_public_access_block`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["2.1.4"]
#     AWS-FSBP: ["S3.8"]
#     NIST-800-53: ["AC-3"]
#   example: |
#     resource "aws_s3_bucket" "assets" {
#       bucket = "acme-assets"
#     }
package verdict.terraform.aws.s3_public_access_block_missing

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("S3 bucket %q has no public access block", [b.address]),
	"path": b.path,
	"resource": b.address,
} if {
	count(tf.of_type("aws_s3_account_public_access_block")) == 0
	some b in tf.of_type("aws_s3_bucket")
	not aws.has_bucket_resource(b, "aws_s3_bucket_public_access_block")
}
