# METADATA
# title: CloudFront distribution allows plain HTTP from viewers
# description: >-
#   A cache behavior (`DefaultCacheBehavior` or an entry of `CacheBehaviors`)
#   of an `AWS::CloudFront::Distribution` with `ViewerProtocolPolicy:
#   allow-all` serves the content, cookies and any credentials in requests
#   over unencrypted HTTP. Reported at `ViewerProtocolPolicy` when it is
#   `allow-all` (or a parameter defaulting to it).
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-defaultcachebehavior.html#cfn-cloudfront-distribution-defaultcachebehavior-viewerprotocolpolicy
#   - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html
# custom:
#   id: VD-CFN-072
#   severity: medium
#   remediation: >-
#     Set `ViewerProtocolPolicy: redirect-to-https` (or `https-only`) on every
#     cache behavior.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["CloudFront.3"]
#     NIST-800-53: ["SC-8", "SC-23"]
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
#               ViewerProtocolPolicy: allow-all
#             Origins:
#               - Id: site
#                 DomainName: example.com
#                 CustomOriginConfig:
#                   OriginProtocolPolicy: https-only
package verdict.cloudformation.cloudfront_viewer_https

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("CloudFront distribution %q serves %s over HTTP (ViewerProtocolPolicy allow-all)", [r.name, what(b)]),
	"path": array.concat(r.path, array.concat(keys, ["ViewerProtocolPolicy"])),
	"resource": r.name,
} if {
	some [r, keys, b] in w.cache_behaviors
	cfn.value(b.ViewerProtocolPolicy) == "allow-all"
}

what(b) := sprintf("path %q", [cfn.value(b.PathPattern)]) if is_string(cfn.value(b.PathPattern))

else := "its default behavior"
