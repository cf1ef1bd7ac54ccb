# METADATA
# title: CloudFront distribution connects to a custom origin over plain HTTP
# description: >-
#   An origin of an `AWS::CloudFront::Distribution` whose
#   `CustomOriginConfig.OriginProtocolPolicy` is `http-only` fetches every
#   request and response between CloudFront and the origin unencrypted over
#   the Internet, even when viewers use HTTPS. Reported at
#   `OriginProtocolPolicy` when it is `http-only` (or a parameter defaulting
#   to it). (S3 website endpoints only speak HTTP; serve such buckets through
#   a REST origin with origin access control instead.)
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-customoriginconfig.html#cfn-cloudfront-distribution-customoriginconfig-originprotocolpolicy
#   - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html
# custom:
#   id: VD-CFN-074
#   severity: medium
#   remediation: >-
#     Set `OriginProtocolPolicy: https-only` (with `OriginSSLProtocols:
#     [TLSv1.2]`) and give the origin a certificate for the name CloudFront
#     connects to.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["CloudFront.9"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     Resources:
#       Cdn:
#         Type: AWS::CloudFront::Distribution
#         Properties:
#           DistributionConfig:
#             Enabled: true
#             Origins:
#               - Id: app
#                 DomainName: app.example.com
#                 CustomOriginConfig:
#                   OriginProtocolPolicy: http-only
package verdict.cloudformation.cloudfront_origin_https

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("CloudFront distribution %q connects to origin %s over HTTP only", [r.name, name(o, keys)]),
	"path": array.concat(r.path, array.concat(keys, ["CustomOriginConfig", "OriginProtocolPolicy"])),
	"resource": r.name,
} if {
	some [r, keys, o] in w.origins
	w.get(o, ["CustomOriginConfig", "OriginProtocolPolicy"]).value == "http-only"
}

name(o, keys) := sprintf("%q", [cfn.value(o.Id)]) if is_string(cfn.value(o.Id))

else := sprintf("%d", [keys[count(keys) - 1]])
