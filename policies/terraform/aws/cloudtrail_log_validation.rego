# METADATA
# title: CloudTrail log file validation disabled
# description: >-
#   An `aws_cloudtrail` with `enable_log_file_validation` false or unset (the
#   default) writes no signed digest files, so a log file altered or deleted
#   after delivery cannot be detected.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#enable_log_file_validation
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html
# custom:
#   id: VD-TF-AWS-013
#   severity: medium
#   remediation: Set `enable_log_file_validation = true` on the trail.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["3.2"]
#     AWS-FSBP: ["CloudTrail.4"]
#     NIST-800-53: ["AU-9"]
#     PCI-DSS-4.0: ["10.3.4"]
#   example: |
#     resource "aws_cloudtrail" "main" {
#       name                       = "main"
#       s3_bucket_name             = aws_s3_bucket.trail.id
#       enable_log_file_validation = false
#     }
package verdict.terraform.aws.cloudtrail_log_validation

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("CloudTrail trail %q does not validate its log files (enable_log_file_validation is not true)", [r.address]),
	"path": aws.arg_path(r, ["enable_log_file_validation"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudtrail")
	v := aws.value(r, ["enable_log_file_validation"], false)
	aws.is_false(v)
}
