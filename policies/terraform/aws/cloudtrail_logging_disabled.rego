# METADATA
# title: CloudTrail trail logging stopped
# description: >-
#   An `aws_cloudtrail` with `enable_logging = false` exists but records
#   nothing: API activity in the account goes unlogged while the trail looks
#   configured.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#enable_logging
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html
# custom:
#   id: VD-TF-AWS-051
#   severity: high
#   remediation: Remove `enable_logging = false` (the default is true) or set it to true.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["3.1"]
#     AWS-FSBP: ["CloudTrail.1"]
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#       enable_logging = false
#     }
package verdict.terraform.aws.cloudtrail_logging_disabled

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("CloudTrail trail %q does not log (enable_logging is false)", [r.address]),
	"path": tf.attr_path(r, ["enable_logging"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudtrail")
	aws.is_false(aws.value(r, ["enable_logging"], true))
}
