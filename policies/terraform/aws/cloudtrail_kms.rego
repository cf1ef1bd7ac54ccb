# METADATA
# title: CloudTrail logs not encrypted with a KMS key
# description: >-
#   An `aws_cloudtrail` without `kms_key_id` stores its logs with S3-managed
#   keys only: anyone with read access to the bucket can read them, with no
#   separate key policy controlling decryption.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#kms_key_id
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html
# custom:
#   id: VD-TF-AWS-014
#   severity: medium
#   remediation: >-
#     Set `kms_key_id = aws_kms_key.<key>.arn` on the trail, with a key policy
#     allowing cloudtrail.amazonaws.com to use the key.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["3.5"]
#     AWS-FSBP: ["CloudTrail.2"]
#     NIST-800-53: ["AU-9", "SC-28"]
#   example: |
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#     }
package verdict.terraform.aws.cloudtrail_kms

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("CloudTrail trail %q does not encrypt its logs with a KMS key (no kms_key_id)", [r.address]),
	"path": aws.arg_path(r, ["kms_key_id"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudtrail")
	aws.value(r, ["kms_key_id"], "") == ""
}
