# METADATA
# title: IAM account password policy lets passwords live too long
# description: >-
#   The `aws_iam_account_password_policy` sets no `max_password_age` (0 or
#   unset: passwords never expire) or one above
#   `data.verdict.config.password_max_age_days` (default 90). Where a
#   password is the only factor, PCI DSS requires it to change at least
#   every 90 days.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy#max_password_age
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
# custom:
#   id: VD-TF-AWS-037
#   severity: low
#   remediation: >-
#     Set `max_password_age = 90` (or fewer days), or require MFA for every
#     console user and raise `password_max_age_days` to match your policy.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["IA-5(1)"]
#     PCI-DSS-4.0: ["8.3.9"]
#   example: |
#     resource "aws_iam_account_password_policy" "strict" {
#       minimum_password_length   = 14
#       password_reuse_prevention = 24
#     }
package verdict.terraform.aws.iam_password_policy_max_age

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

max_days := tf.config("password_max_age_days", 90)

deny contains {
	"msg": sprintf("password policy %q lets passwords live %s, more than %v days", [r.address, describe(age), max_days]),
	"path": aws.arg_path(r, ["max_password_age"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_iam_account_password_policy")
	age := aws.as_number(aws.value(r, ["max_password_age"], 0))
	too_long(age)
}

too_long(age) if age == 0

too_long(age) if age > max_days

describe(0) := "forever (max_password_age is 0 or unset)"

describe(age) := sprintf("%v days", [age]) if age != 0
