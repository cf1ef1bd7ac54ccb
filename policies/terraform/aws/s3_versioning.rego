# METADATA
# title: S3 bucket versioning not enabled
# description: >-
#   Without versioning, an overwritten or deleted object (by mistake, a bug
#   or ransomware) cannot be recovered. Versioning is enabled by an inline
#   `versioning { enabled = true }` block (AWS provider v3) or an
#   `aws_s3_bucket_versioning` resource with `versioning_configuration {
#   status = "Enabled" }` (provider v4+).
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
# custom:
#   id: VD-TF-AWS-004
#   severity: medium
#   remediation: >-
#     Add `resource "aws_s3_bucket_versioning" "<name>" { bucket =
#     aws_s3_bucket.<name>.id, versioning_configuration { status = "Enabled" }
#     }`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["CP-9", "CP-10"]
#   example: |
#     resource "aws_s3_bucket" "data" {
#       bucket = "acme-data"
#     }
package verdict.terraform.aws.s3_versioning

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("S3 bucket %q does not have versioning enabled", [b.address]),
	"path": finding_path(b),
	"resource": b.address,
} if {
	some b in tf.of_type("aws_s3_bucket")
	not enabled(b)
}

legacy := ["versioning", 0, "enabled"]

status := ["versioning_configuration", 0, "status"]

enabled(b) if {
	v := aws.value(b, legacy, false)
	aws.is_true(v)
}

# Unknown (an expression): assume the author enables it.
enabled(b) if aws.unknown_at(b, legacy)

enabled(b) if {
	some key in aws.bucket_keys(b)
	key in enabling_keys
}

# Index keys of the aws_s3_bucket_versioning resources that enable versioning.
enabling_keys contains key if {
	some [type, key, v] in aws.bucket_links
	type == "aws_s3_bucket_versioning"
	enabling(v)
}

enabling(v) if aws.value(v, status, "") == "Enabled"

enabling(v) if aws.unknown_at(v, status)

# Point at a versioning resource that suspends it, else at the bucket's own
# versioning block or the bucket.
finding_path(b) := aws.arg_path(v, status) if {
	some v in aws.bucket_resources(b, "aws_s3_bucket_versioning")
} else := aws.arg_path(b, legacy)
