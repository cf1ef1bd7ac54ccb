# METADATA
# title: CloudFront distribution without a WAF web ACL
# description: >-
#   An `aws_cloudfront_distribution` without `web_acl_id` (none by default)
#   is not protected by AWS WAF at the edge: no managed rules against common
#   exploits, bad bots or request floods inspect its traffic before it reaches
#   the origin. The finding points at `web_acl_id` or the distribution.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#web_acl_id
#   - https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html
# custom:
#   id: VD-TF-AWS-143
#   severity: medium
#   remediation: >-
#     Create an `aws_wafv2_web_acl` with `scope = "CLOUDFRONT"` (in
#     us-east-1) and set `web_acl_id = aws_wafv2_web_acl.edge.arn`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["CloudFront.6"]
#     NIST-800-53: ["SC-7", "SI-4"]
#     PCI-DSS-4.0: ["6.4.2"]
#   example: |
#     resource "aws_cloudfront_distribution" "site" {
#       enabled = true
#     }
package verdict.terraform.aws.cloudfront_waf

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("CloudFront distribution %q is not associated with a WAF web ACL", [r.address]),
	"path": aws.arg_path(r, ["web_acl_id"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudfront_distribution")
	aws.value(r, ["web_acl_id"], "") == ""
}
