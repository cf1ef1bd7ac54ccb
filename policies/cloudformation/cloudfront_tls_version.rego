# METADATA
# title: CloudFront distribution accepts outdated TLS versions from viewers
# description: >-
#   An `AWS::CloudFront::Distribution` with a custom certificate whose
#   `ViewerCertificate.MinimumProtocolVersion` is `SSLv3`, `TLSv1`,
#   `TLSv1_2016` or `TLSv1.1_2016` lets viewers negotiate SSLv3, TLS 1.0 or
#   TLS 1.1, which have known weaknesses and are not allowed by PCI DSS.
#   Distributions on the default `*.cloudfront.net` certificate (whose policy
#   cannot be changed) and unset or unresolved values are not reported.
#   Reported at `MinimumProtocolVersion`.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-viewercertificate.html#cfn-cloudfront-distribution-viewercertificate-minimumprotocolversion
#   - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
# custom:
#   id: VD-CFN-073
#   severity: medium
#   remediation: >-
#     Set `ViewerCertificate.MinimumProtocolVersion: TLSv1.2_2021` (with
#     `SslSupportMethod: sni-only`).
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["SC-8", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     Resources:
#       Cdn:
#         Type: AWS::CloudFront::Distribution
#         Properties:
#           DistributionConfig:
#             Enabled: true
#             DefaultCacheBehavior:
#               TargetOriginId: site
#               ViewerProtocolPolicy: redirect-to-https
#             ViewerCertificate:
#               AcmCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/abc
#               SslSupportMethod: sni-only
#               MinimumProtocolVersion: TLSv1
package verdict.cloudformation.cloudfront_tls_version

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

outdated := {"SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"}

keys := ["DistributionConfig", "ViewerCertificate", "MinimumProtocolVersion"]

deny contains {
	"msg": sprintf("CloudFront distribution %q accepts viewer connections with %s", [r.name, version]),
	"path": array.concat(r.path, keys),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::CloudFront::Distribution")
	version := w.get(r.properties, keys).value
	version in outdated
	not default_certificate(w.get(r.properties, ["DistributionConfig", "ViewerCertificate", "CloudFrontDefaultCertificate"]))
}

default_certificate(c) if cfn.truthy(c.value)
