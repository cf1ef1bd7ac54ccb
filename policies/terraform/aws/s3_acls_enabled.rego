# METADATA
# title: S3 bucket ownership controls keep ACLs enabled
# description: >-
#   An `aws_s3_bucket_ownership_controls` sets `object_ownership` to
#   `ObjectWriter` or `BucketOwnerPreferred`, which keeps access control lists
#   in force: objects uploaded by other accounts can stay owned by them, and
#   per-object ACLs can grant access that the bucket policy does not show. New
#   buckets default to `BucketOwnerEnforced` (ACLs disabled), so buckets without
#   ownership controls are not reported. Reported at `object_ownership`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_ownership_controls
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12
# custom:
#   id: VD-TF-AWS-074
#   severity: low
#   remediation: >-
#     Set `rule { object_ownership = "BucketOwnerEnforced" }` and grant access
#     with the bucket policy instead of ACLs (remove `aws_s3_bucket_acl`).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["S3.12"]
#     NIST-800-53: ["AC-3"]
#   example: |
#     resource "aws_s3_bucket_ownership_controls" "data" {
#       bucket = aws_s3_bucket.data.id
#       rule {
#         object_ownership = "ObjectWriter"
#       }
#     }
package verdict.terraform.aws.s3_acls_enabled

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

ownership := ["rule", 0, "object_ownership"]

deny contains {
	"msg": sprintf("%s keeps ACLs enabled (object_ownership = %q)", [r.address, v]),
	"path": aws.arg_path(r, ownership),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_s3_bucket_ownership_controls")
	v := aws.value(r, ownership, "BucketOwnerEnforced")
	v in {"ObjectWriter", "BucketOwnerPreferred"}
}
