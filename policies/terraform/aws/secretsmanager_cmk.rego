# METADATA
# title: Secrets Manager secret not encrypted with a customer managed key
# description: >-
#   An `aws_secretsmanager_secret` without `kms_key_id` (or with the
#   `alias/aws/secretsmanager` AWS managed key) can be read by any principal
#   of the account allowed `secretsmanager:GetSecretValue`: no key policy of
#   yours stands between them, the secret cannot be shared with another
#   account, and access cannot be revoked by disabling the key.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret#kms_key_id
#   - https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html
# custom:
#   id: VD-TF-AWS-065
#   severity: low
#   remediation: >-
#     Set `kms_key_id = aws_kms_key.secrets.arn`, a customer managed key whose
#     policy allows only the secret's readers to decrypt.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-12", "SC-28"]
#   example: |
#     resource "aws_secretsmanager_secret" "db" {
#       name = "prod/db"
#     }
package verdict.terraform.aws.secretsmanager_cmk

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("secret %s is encrypted with the AWS managed key, not a customer managed one", [r.address]),
	"path": aws.arg_path(r, ["kms_key_id"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_secretsmanager_secret")
	aws.value(r, ["kms_key_id"], "") in {"", "alias/aws/secretsmanager"}
}
