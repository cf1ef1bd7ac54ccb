# METADATA
# title: S3 bucket without default encryption configuration
# description: >-
#   An `AWS::S3::Bucket` without `BucketEncryption` relies on whatever the
#   account and service defaults are; declaring server-side encryption (SSE-S3,
#   or SSE-KMS with a customer managed key) makes encryption at rest explicit,
#   reviewable and auditable. A bucket whose encryption depends on a condition
#   or a parameter is not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-bucketencryption.html
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html
# custom:
#   id: VD-CFN-001
#   severity: medium
#   remediation: >-
#     Add `BucketEncryption: {ServerSideEncryptionConfiguration:
#     [{ServerSideEncryptionByDefault: {SSEAlgorithm: aws:kms, KMSMasterKeyID:
#     <key arn>}}]}` (or `SSEAlgorithm: AES256`) to the bucket's Properties.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     Resources:
#       Logs:
#         Type: AWS::S3::Bucket
#         Properties:
#           BucketName: logs
package verdict.cloudformation.s3_encryption

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("S3 bucket %q has no BucketEncryption (default server-side encryption)", [r.name]),
	"path": r.path,
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::S3::Bucket")
	cfn.never_true(r.properties, "BucketEncryption")
}
