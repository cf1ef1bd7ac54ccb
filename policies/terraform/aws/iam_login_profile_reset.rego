# METADATA
# title: IAM login profile does not require a password reset
# description: >-
#   An `aws_iam_user_login_profile` with `password_reset_required` false or
#   unset (the default) lets the user keep the password Terraform generated,
#   which whoever applied the change (and the state, or the PGP message) has
#   seen.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_user_login_profile#password_reset_required
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_admin-change-user.html
# custom:
#   id: VD-TF-AWS-035
#   severity: medium
#   remediation: Set `password_reset_required = true` on the login profile.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["IA-5(1)"]
#     PCI-DSS-4.0: ["8.3.5"]
#   example: |
#     resource "aws_iam_user_login_profile" "alice" {
#       user    = aws_iam_user.alice.name
#       pgp_key = "keybase:alice"
#     }
package verdict.terraform.aws.iam_login_profile_reset

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s does not make the user change the generated password (password_reset_required is not true)", [r.address]),
	"path": aws.arg_path(r, ["password_reset_required"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_iam_user_login_profile")
	aws.is_false(aws.value(r, ["password_reset_required"], false))
}
