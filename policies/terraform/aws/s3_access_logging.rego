# METADATA
# title: S3 bucket without server access logging
# description: >-
#   The bucket has neither an inline `logging` block (AWS provider v3) nor an
#   `aws_s3_bucket_logging` resource for it (v4+), so requests to it (who read,
#   wrote or deleted which object, from where) are not recorded outside
#   CloudTrail data events, which are off by default. Buckets that receive
#   access logs themselves (named as a `target_bucket`, or given the
#   `log-delivery-write` ACL) are not judged. A logging resource whose `bucket`
#   cannot be resolved counts as covering the buckets of its module. Reported as
#   a warning at the bucket.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-9
# custom:
#   id: VD-TF-AWS-071
#   severity: low
#   remediation: >-
#     Add `resource "aws_s3_bucket_logging" "<name>" { bucket =
#     aws_s3_bucket.<name>.id, target_bucket = aws_s3_bucket.<log bucket>.id,
#     target_prefix = "s3/<name>/" }` (or enable CloudTrail S3 data events for
#     the bucket).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["3.4"]
#     AWS-FSBP: ["S3.9"]
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     resource "aws_s3_bucket" "data" {
#       bucket = "acme-data"
#     }
package verdict.terraform.aws.s3_access_logging

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

warn contains {
	"msg": sprintf("S3 bucket %q has no server access logging", [b.address]),
	"path": b.path,
	"resource": b.address,
} if {
	some b in tf.of_type("aws_s3_bucket")
	not aws.has_block(b, "logging")
	not aws.has_bucket_resource(b, "aws_s3_bucket_logging")
	not log_target(b)
}

# The bucket receives access logs itself.
log_target(b) if {
	some o in tf.of_type("aws_s3_bucket_logging")
	awsd.names(o, "target_bucket", b, "bucket")
}

log_target(b) if {
	some o in tf.of_type("aws_s3_bucket")
	is_array(o.config.logging)
	some l in o.config.logging
	awsd.names(l_as_resource(o, l), "target_bucket", b, "bucket")
}

log_target(b) if b.config.acl == "log-delivery-write"

log_target(b) if {
	some a in aws.bucket_resources(b, "aws_s3_bucket_acl")
	a.config.acl == "log-delivery-write"
}

# An inline logging block seen as a resource of the bucket's module.
l_as_resource(o, l) := {"type": o.type, "name": o.name, "address": o.address, "path": o.path, "config": l}
