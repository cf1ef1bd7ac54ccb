# METADATA
# title: CloudFront S3 origin without origin access control
# description: >-
#   An S3 origin (`S3OriginConfig`) of an `AWS::CloudFront::Distribution` with
#   neither an `OriginAccessControlId` nor an `S3OriginConfig.OriginAccessIdentity`
#   makes CloudFront fetch objects anonymously, so the bucket has to be
#   publicly readable and visitors can bypass the distribution (its WAF, geo
#   restrictions, signed URLs and logging) by reading the bucket directly.
#   Reported at `S3OriginConfig`; values that depend on a condition or an
#   unresolved parameter count as set.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-origin.html#cfn-cloudfront-distribution-origin-originaccesscontrolid
#   - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html
# custom:
#   id: VD-CFN-075
#   severity: medium
#   remediation: >-
#     Create an `AWS::CloudFront::OriginAccessControl` (`SigningBehavior:
#     always`, `SigningProtocol: sigv4`, type `s3`), set the origin's
#     `OriginAccessControlId` to it, and allow only the distribution
#     (`AWS:SourceArn`) to read the bucket in its bucket policy.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     Resources:
#       Cdn:
#         Type: AWS::CloudFront::Distribution
#         Properties:
#           DistributionConfig:
#             Enabled: true
#             Origins:
#               - Id: assets
#                 DomainName: assets.s3.amazonaws.com
#                 S3OriginConfig: {}
package verdict.cloudformation.cloudfront_s3_origin_access

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("CloudFront distribution %q reads S3 origin %s without origin access control or identity", [r.name, name(o, keys)]),
	"path": array.concat(r.path, array.concat(keys, ["S3OriginConfig"])),
	"resource": r.name,
} if {
	some [r, keys, o] in w.origins
	is_object(cfn.value(o.S3OriginConfig))
	unset(w.get(o, ["OriginAccessControlId"]))
	unset(w.get(o, ["S3OriginConfig", "OriginAccessIdentity"]))
}

unset(c) if c.absent == true

unset(c) if c.value == ""

unset(c) if c.value == null

name(o, keys) := sprintf("%q", [cfn.value(o.Id)]) if is_string(cfn.value(o.Id))

else := sprintf("%d", [keys[count(keys) - 1]])
