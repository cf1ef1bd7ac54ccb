# METADATA
# title: IAM credential stored in plaintext in the Terraform state
# description: >-
#   An `aws_iam_access_key` without `pgp_key` keeps the secret access key,
#   and an `aws_iam_user_login_profile` without `pgp_key` the generated
#   console password, in plaintext in the Terraform state: anyone who can
#   read the state (a CI job, an S3 bucket, a workspace) can sign in as the
#   user.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key#pgp_key
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_user_login_profile#pgp_key
# custom:
#   id: VD-TF-AWS-034
#   severity: high
#   remediation: >-
#     Set `pgp_key = "keybase:<user>"` (or a base64 public key) so that only
#     the encrypted secret reaches the state; better, replace long-lived
#     access keys with roles (OIDC for CI, instance profiles) and console
#     users with IAM Identity Center.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["IA-5(1)", "SC-28"]
#     PCI-DSS-4.0: ["8.3.2"]
#   example: |
#     resource "aws_iam_access_key" "ci" {
#       user = aws_iam_user.ci.name
#     }
package verdict.terraform.aws.iam_credentials_plaintext_state

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

secrets := {"aws_iam_access_key": "secret access key", "aws_iam_user_login_profile": "console password"}

deny contains {
	"msg": sprintf("%s stores the %s in plaintext in the state (no pgp_key)", [r.address, what]),
	"path": aws.arg_path(r, ["pgp_key"]),
	"resource": r.address,
} if {
	some r in tf.resources
	what := secrets[r.type]
	aws.value(r, ["pgp_key"], "") == ""
}
