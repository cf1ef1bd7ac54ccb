# METADATA
# title: S3 bucket policy allows any principal
# description: >-
#   An `AWS::S3::BucketPolicy` with an `Effect: Allow` statement whose
#   `Principal` is `"*"` (or `{AWS: "*"}`) and that has no `Condition` grants
#   its actions to everyone on the Internet, authenticated or not. Statements
#   limited by a condition (`aws:SourceVpce`, `aws:PrincipalOrgID`,
#   `aws:SourceArn`, ...) are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucketpolicy.html
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
# custom:
#   id: VD-CFN-038
#   severity: high
#   remediation: >-
#     Name the principals that need access, or serve public content through
#     CloudFront with origin access control (`Principal: {Service:
#     cloudfront.amazonaws.com}` with an `aws:SourceArn` condition), and keep
#     the bucket's public access block on.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-21"]
#   example: |
#     Resources:
#       SitePolicy:
#         Type: AWS::S3::BucketPolicy
#         Properties:
#           Bucket: !Ref Site
#           PolicyDocument:
#             Statement:
#               - Effect: Allow
#                 Principal: "*"
#                 Action: s3:GetObject
#                 Resource: !Sub "${Site.Arn}/*"
package verdict.cloudformation.s3_policy_public

import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("S3 bucket policy %q allows any principal without a condition", [x.resource]),
	"path": array.concat(x.path, ["Principal"]),
	"resource": x.resource,
} if {
	some x in p.public_statements({"AWS::S3::BucketPolicy"}, "PolicyDocument")
}
