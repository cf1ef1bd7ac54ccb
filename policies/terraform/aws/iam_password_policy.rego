# METADATA
# title: IAM account password policy weaker than CIS
# description: >-
#   The `aws_iam_account_password_policy` requires fewer than
#   `data.verdict.config.password_min_length` characters (default 14; the
#   provider default is 6) or remembers fewer than
#   `data.verdict.config.password_reuse_prevention` previous passwords
#   (default 24; unset means reuse is allowed).
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
# custom:
#   id: VD-TF-AWS-024
#   severity: medium
#   remediation: >-
#     Set `minimum_password_length = 14` (or more) and
#     `password_reuse_prevention = 24` on `aws_iam_account_password_policy`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["1.8", "1.9"]
#     AWS-FSBP: ["IAM.7"]
#     NIST-800-53: ["IA-5"]
#     PCI-DSS-4.0: ["8.3.6", "8.3.7"]
#   example: |
#     resource "aws_iam_account_password_policy" "strict" {
#       minimum_password_length = 8
#     }
package verdict.terraform.aws.iam_password_policy

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

checks := [
	["minimum_password_length", "password_min_length", 14, 6],
	["password_reuse_prevention", "password_reuse_prevention", 24, 0],
]

deny contains {
	"msg": sprintf("password policy %q %s, below %v", [r.address, describe(r, key, n), minimum]),
	"path": aws.arg_path(r, [key]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_iam_account_password_policy")
	some [key, tunable, recommended, provider_default] in checks
	minimum := tf.config(tunable, recommended)
	n := aws.as_number(aws.value(r, [key], provider_default))
	n < minimum
}

describe(r, key, n) := sprintf("sets %s to %v", [key, n]) if {
	object.get(r.config, key, null) != null
} else := sprintf("leaves %s unset (%v)", [key, n])
