# METADATA
# title: Security Hub enabled without any security standard
# description: >-
#   An `aws_securityhub_account` with `enable_default_standards = false`, in
#   a module with no `aws_securityhub_standards_subscription`: Security Hub
#   collects findings from other services but runs none of its own checks
#   (AWS Foundational Security Best Practices, CIS), so misconfigurations
#   are not reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/securityhub_account#enable_default_standards
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/securityhub_standards_subscription
# custom:
#   id: VD-TF-AWS-060
#   severity: medium
#   remediation: >-
#     Remove `enable_default_standards = false`, or subscribe to the
#     standards you follow with `aws_securityhub_standards_subscription`
#     (e.g. `standards/aws-foundational-security-best-practices/v/1.0.0`).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["CA-7", "RA-5"]
#   example: |
#     resource "aws_securityhub_account" "main" {
#       enable_default_standards = false
#     }
package verdict.terraform.aws.securityhub_standards

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("Security Hub account %s runs no security standard (enable_default_standards is false and no standards subscription)", [r.address]),
	"path": tf.attr_path(r, ["enable_default_standards"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_securityhub_account")
	aws.is_false(aws.value(r, ["enable_default_standards"], true))
	not subscribed(aws.module_of(r))
}

subscribed(module) if {
	some s in tf.of_type("aws_securityhub_standards_subscription")
	aws.module_of(s) == module
}
