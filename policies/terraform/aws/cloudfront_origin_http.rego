# METADATA
# title: CloudFront sends traffic to a custom origin over HTTP
# description: >-
#   An `origin` of an `aws_cloudfront_distribution` whose
#   `custom_origin_config` sets `origin_protocol_policy` to "http-only", or to
#   "match-viewer" (HTTP whenever the viewer used HTTP), carries requests and
#   responses between CloudFront and the origin unencrypted over the
#   internet. The finding points at `origin_protocol_policy`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#origin_protocol_policy
#   - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html
# custom:
#   id: VD-TF-AWS-145
#   severity: medium
#   remediation: >-
#     Set `origin_protocol_policy = "https-only"` with `origin_ssl_protocols =
#     ["TLSv1.2"]`, and serve a valid certificate on the origin.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["CloudFront.9"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_cloudfront_distribution" "site" {
#       enabled = true
#       origin {
#         domain_name = "app.example.com"
#         origin_id   = "app"
#         custom_origin_config {
#           http_port              = 80
#           https_port             = 443
#           origin_protocol_policy = "http-only"
#           origin_ssl_protocols   = ["TLSv1.2"]
#         }
#       }
#     }
package verdict.terraform.aws.cloudfront_origin_http

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("CloudFront distribution %q reaches origin %d over HTTP (%s)", [r.address, i, v]),
	"path": tf.attr_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudfront_distribution")
	is_array(r.config.origin)
	some i, o in r.config.origin
	is_array(o.custom_origin_config)
	keys := ["origin", i, "custom_origin_config", 0, "origin_protocol_policy"]
	v := aws.value(r, keys, "")
	v in {"http-only", "match-viewer"}
}
