# METADATA
# title: EBS encryption by default turned off
# description: >-
#   An `aws_ebs_encryption_by_default` with `enabled = false` turns off the
#   region-wide setting that encrypts every new EBS volume and snapshot copy, so
#   volumes created without `encrypted = true` (by hand, by other tools, by Auto
#   Scaling) store their data unencrypted. The resource enables it by default
#   (`enabled` defaults to true). Reported at `enabled`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_encryption_by_default
#   - https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-7
# custom:
#   id: VD-TF-AWS-076
#   severity: high
#   remediation: Set `enabled = true` (or remove the argument).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["2.2.1"]
#     AWS-FSBP: ["EC2.7"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     resource "aws_ebs_encryption_by_default" "this" {
#       enabled = false
#     }
package verdict.terraform.aws.ebs_encryption_by_default_disabled

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s turns EBS encryption by default off", [r.address]),
	"path": aws.arg_path(r, ["enabled"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ebs_encryption_by_default")
	v := aws.value(r, ["enabled"], true)
	aws.is_false(v)
}
