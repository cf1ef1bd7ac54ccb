# METADATA
# title: S3 bucket without a full public access block
# description: >-
#   An `AWS::S3::Bucket` should set all four `PublicAccessBlockConfiguration`
#   settings (`BlockPublicAcls`, `IgnorePublicAcls`, `BlockPublicPolicy`,
#   `RestrictPublicBuckets`) to true, so that no ACL or bucket policy can make
#   its objects public. A setting left out of the block is false. Settings that
#   depend on a condition are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-publicaccessblockconfiguration.html
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: VD-CFN-002
#   severity: high
#   remediation: >-
#     Add `PublicAccessBlockConfiguration: {BlockPublicAcls: true,
#     IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets:
#     true}` to the bucket's Properties; serve public content through
#     CloudFront with origin access control instead of a public bucket.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["2.1.4"]
#     AWS-FSBP: ["S3.8"]
#     NIST-800-53: ["AC-3", "AC-21"]
#     PCI-DSS-4.0: ["1.4.1"]
#   example: |
#     Resources:
#       Site:
#         Type: AWS::S3::Bucket
#         Properties:
#           PublicAccessBlockConfiguration:
#             BlockPublicAcls: false
package verdict.cloudformation.s3_public_access_block

import data.verdict.lib.cloudformation as cfn
import rego.v1

settings := ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"]

deny contains {
	"msg": sprintf("S3 bucket %q has no PublicAccessBlockConfiguration", [r.name]),
	"path": r.path,
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::S3::Bucket")
	cfn.never_true(r.properties, "PublicAccessBlockConfiguration")
}

deny contains {
	"msg": sprintf("S3 bucket %q public access block does not enable %s", [r.name, concat(", ", off)]),
	"path": array.concat(r.path, ["PublicAccessBlockConfiguration"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::S3::Bucket")
	block := cfn.value(r.properties.PublicAccessBlockConfiguration)
	is_object(block)
	off := [s | some s in settings; cfn.never_true(block, s)]
	count(off) > 0
}
