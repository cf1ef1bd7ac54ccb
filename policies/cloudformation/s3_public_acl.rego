# METADATA
# title: S3 bucket ACL grants public access
# description: >-
#   An `AWS::S3::Bucket` with the canned ACL `AccessControl: PublicRead`,
#   `PublicReadWrite` or `AuthenticatedRead` lets anyone on the Internet (or
#   any AWS account) list the bucket, and with `PublicReadWrite` write to it.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucket.html#cfn-s3-bucket-accesscontrol
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
# custom:
#   id: VD-CFN-039
#   severity: high
#   remediation: >-
#     Remove `AccessControl` (or set it to `Private`), set
#     `OwnershipControls: {Rules: [{ObjectOwnership: BucketOwnerEnforced}]}`,
#     and serve public content through CloudFront with origin access control.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["S3.2", "S3.3"]
#     NIST-800-53: ["AC-3", "AC-21"]
#   example: |
#     Resources:
#       Site:
#         Type: AWS::S3::Bucket
#         Properties:
#           AccessControl: PublicRead
package verdict.cloudformation.s3_public_acl

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("S3 bucket %q has the public canned ACL %s", [r.name, acl]),
	"path": array.concat(r.path, ["AccessControl"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::S3::Bucket")
	acl := cfn.value(r.properties.AccessControl)
	acl in {"PublicRead", "PublicReadWrite", "AuthenticatedRead"}
}
