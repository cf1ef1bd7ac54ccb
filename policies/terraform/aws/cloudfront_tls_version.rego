# METADATA
# title: CloudFront distribution accepts outdated TLS versions
# description: >-
#   An `aws_cloudfront_distribution` serving a custom certificate
#   (`acm_certificate_arn` or `iam_certificate_id` in `viewer_certificate`)
#   whose `minimum_protocol_version` is "SSLv3", "TLSv1" (the provider
#   default), "TLSv1_2016" or "TLSv1.1_2016" still negotiates SSLv3, TLS 1.0
#   or TLS 1.1 with viewers, protocols with known weaknesses. Distributions on
#   the default *.cloudfront.net certificate, whose protocol cannot be
#   chosen, are not judged. The finding points at `minimum_protocol_version`
#   or the `viewer_certificate` block.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#minimum_protocol_version
#   - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
# custom:
#   id: VD-TF-AWS-142
#   severity: medium
#   remediation: >-
#     Set `minimum_protocol_version = "TLSv1.2_2021"` (or newer) in
#     `viewer_certificate`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-8", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_cloudfront_distribution" "site" {
#       enabled = true
#       viewer_certificate {
#         acm_certificate_arn = aws_acm_certificate.site.arn
#         ssl_support_method  = "sni-only"
#       }
#     }
package verdict.terraform.aws.cloudfront_tls_version

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["viewer_certificate", 0, "minimum_protocol_version"]

outdated := {"SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"}

deny contains {
	"msg": sprintf("CloudFront distribution %q accepts %s from viewers", [r.address, v]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudfront_distribution")
	is_array(r.config.viewer_certificate)
	custom_certificate(r)
	v := aws.value(r, keys, "TLSv1")
	v in outdated
}

custom_certificate(r) if {
	some key in ["acm_certificate_arn", "iam_certificate_id"]
	cert := object.get(r.config.viewer_certificate[0], key, null)
	is_string(cert)
	cert != ""
}
