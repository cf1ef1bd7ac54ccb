# METADATA
# title: CloudWatch log group retention too short
# description: >-
#   An `aws_cloudwatch_log_group` with `retention_in_days` below
#   `data.verdict.config.log_retention_min_days` (default 365) deletes its
#   logs before an incident is typically discovered and investigated. Unset
#   or 0 means the logs never expire, which is not reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#retention_in_days
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-16
# custom:
#   id: VD-TF-AWS-054
#   severity: medium
#   remediation: >-
#     Set `retention_in_days = 365` (or longer; 0 keeps logs forever), or
#     export the logs to an archive with the retention you need.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AU-11"]
#     PCI-DSS-4.0: ["10.5.1"]
#   example: |
#     resource "aws_cloudwatch_log_group" "app" {
#       name              = "/app/api"
#       retention_in_days = 7
#     }
package verdict.terraform.aws.cloudwatch_log_retention

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

min_days := tf.config("log_retention_min_days", 365)

deny contains {
	"msg": sprintf("log group %s keeps its logs %v days, fewer than %v", [r.address, days, min_days]),
	"path": tf.attr_path(r, ["retention_in_days"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudwatch_log_group")
	days := aws.as_number(aws.value(r, ["retention_in_days"], 0))
	days > 0
	days < min_days
}
