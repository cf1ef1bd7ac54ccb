# METADATA
# title: CloudFront cache behavior allows plain HTTP
# description: >-
#   A `default_cache_behavior` or `ordered_cache_behavior` of an
#   `aws_cloudfront_distribution` with `viewer_protocol_policy = "allow-all"`
#   serves content to viewers over unencrypted HTTP, where it can be read and
#   altered in transit. One finding per behavior points at
#   `viewer_protocol_policy`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#viewer_protocol_policy
#   - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html
# custom:
#   id: VD-TF-AWS-141
#   severity: medium
#   remediation: >-
#     Set `viewer_protocol_policy = "redirect-to-https"` (or "https-only") in
#     every cache behavior.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["CloudFront.3"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_cloudfront_distribution" "site" {
#       enabled = true
#       default_cache_behavior {
#         target_origin_id       = "app"
#         allowed_methods        = ["GET", "HEAD"]
#         cached_methods         = ["GET", "HEAD"]
#         viewer_protocol_policy = "allow-all"
#       }
#     }
package verdict.terraform.aws.cloudfront_viewer_protocol

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("CloudFront distribution %q %s %d allows viewers to use plain HTTP", [r.address, block, i]),
	"path": tf.attr_path(r, [block, i, "viewer_protocol_policy"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudfront_distribution")
	some block in ["default_cache_behavior", "ordered_cache_behavior"]
	is_array(r.config[block])
	some i, _ in r.config[block]
	aws.value(r, [block, i, "viewer_protocol_policy"], "") == "allow-all"
}
