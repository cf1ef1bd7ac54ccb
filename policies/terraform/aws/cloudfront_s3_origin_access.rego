# METADATA
# title: CloudFront S3 origin without origin access control
# description: >-
#   An `origin` of an `aws_cloudfront_distribution` that points at an S3
#   bucket's REST endpoint (a `*.s3.*amazonaws.com` domain, or an expression
#   reading a bucket's `bucket_regional_domain_name` / `bucket_domain_name`)
#   with neither `origin_access_control_id` nor an `s3_origin_config`
#   `origin_access_identity` fetches objects anonymously, which only works if
#   the bucket is readable by everyone, and lets viewers bypass CloudFront
#   (its WAF, signed URLs, geo restrictions). S3 website endpoints, which
#   need a custom origin, are not judged; the finding points at the origin.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#origin_access_control_id
#   - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html
# custom:
#   id: VD-TF-AWS-146
#   severity: medium
#   remediation: >-
#     Create an `aws_cloudfront_origin_access_control` (signing_behavior
#     "always", origin type "s3"), set `origin_access_control_id` on the
#     origin, allow only the distribution in the bucket policy and block
#     public access on the bucket.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["CloudFront.13"]
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     resource "aws_cloudfront_distribution" "site" {
#       enabled = true
#       origin {
#         domain_name = aws_s3_bucket.site.bucket_regional_domain_name
#         origin_id   = "site"
#       }
#     }
package verdict.terraform.aws.cloudfront_s3_origin_access

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("CloudFront distribution %q reads S3 origin %d without origin access control", [r.address, i]),
	"path": tf.attr_path(r, ["origin", i]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudfront_distribution")
	is_array(r.config.origin)
	some i, o in r.config.origin
	s3_domain(object.get(o, "domain_name", ""))
	not aws.has_block({"config": o}, "custom_origin_config")
	not controlled(r, i)
}

s3_domain(d) if {
	is_string(d)
	not tf.unknown(d)
	regex.match(`\.s3([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?$`, d)
	not contains(d, "s3-website")
}

s3_domain(d) if {
	tf.unknown(d)
	some attr in ["bucket_regional_domain_name", "bucket_domain_name"]
	contains(d, attr)
}

controlled(r, i) if aws.value(r, ["origin", i, "origin_access_control_id"], "") != ""

controlled(r, i) if aws.unknown_at(r, ["origin", i, "origin_access_control_id"])

controlled(r, i) if aws.value(r, ["origin", i, "s3_origin_config", 0, "origin_access_identity"], "") != ""

controlled(r, i) if aws.unknown_at(r, ["origin", i, "s3_origin_config", 0, "origin_access_identity"])

controlled(r, i) if r.config.origin[i].dynamic.s3_origin_config
