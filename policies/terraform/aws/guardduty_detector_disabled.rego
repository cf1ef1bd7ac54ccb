# METADATA
# title: GuardDuty detector disabled
# description: >-
#   An `aws_guardduty_detector` with `enable = false` analyses no CloudTrail,
#   VPC flow log or DNS events: compromised credentials, crypto-mining and
#   reconnaissance in the region go undetected.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/guardduty_detector#enable
#   - https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html
# custom:
#   id: VD-TF-AWS-058
#   severity: high
#   remediation: Remove `enable = false` (the default is true) or set it to true.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["GuardDuty.1"]
#     NIST-800-53: ["SI-4"]
#     PCI-DSS-4.0: ["11.5.1"]
#   example: |
#     resource "aws_guardduty_detector" "main" {
#       enable = false
#     }
package verdict.terraform.aws.guardduty_detector_disabled

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("GuardDuty detector %s is disabled (enable is false)", [r.address]),
	"path": tf.attr_path(r, ["enable"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_guardduty_detector")
	aws.is_false(aws.value(r, ["enable"], true))
}
