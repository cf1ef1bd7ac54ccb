# METADATA
# title: IAM account password policy does not require every character class
# description: >-
#   The `aws_iam_account_password_policy` does not require uppercase letters,
#   lowercase letters, numbers or symbols (each unset argument is false).
#   Length and reuse are checked by VD-TF-AWS-024.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7
# custom:
#   id: VD-TF-AWS-036
#   severity: medium
#   remediation: >-
#     Set `require_uppercase_characters`, `require_lowercase_characters`,
#     `require_numbers` and `require_symbols` to true.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["IAM.7"]
#     NIST-800-53: ["IA-5(1)"]
#     PCI-DSS-4.0: ["8.3.6"]
#   example: |
#     resource "aws_iam_account_password_policy" "strict" {
#       minimum_password_length   = 14
#       password_reuse_prevention = 24
#       require_symbols           = false
#     }
package verdict.terraform.aws.iam_password_policy_complexity

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

classes := {
	"require_uppercase_characters": "uppercase letters",
	"require_lowercase_characters": "lowercase letters",
	"require_numbers": "numbers",
	"require_symbols": "symbols",
}

deny contains {
	"msg": sprintf("password policy %q does not require %s (%s is not true)", [r.address, what, key]),
	"path": aws.arg_path(r, [key]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_iam_account_password_policy")
	some key, what in classes
	aws.is_false(aws.value(r, [key], false))
}
