# METADATA
# title: Secrets Manager secret not rotated automatically
# description: >-
#   An `aws_secretsmanager_secret` that no `aws_secretsmanager_secret_rotation`
#   of the module refers to (by `secret_id`), or a rotation whose
#   `rotation_rules` wait more than `data.verdict.config.secret_max_rotation_days`
#   (default 90) days (`automatically_after_days`, or a
#   `schedule_expression` of `rate(N days)`): a leaked secret stays valid
#   indefinitely. A rotation whose `secret_id` cannot be resolved counts as
#   rotating every secret of the module.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_rotation
#   - https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html
# custom:
#   id: VD-TF-AWS-066
#   severity: medium
#   remediation: >-
#     Add `resource "aws_secretsmanager_secret_rotation" "db" { secret_id =
#     aws_secretsmanager_secret.db.id, rotation_lambda_arn = ...,
#     rotation_rules { automatically_after_days = 30 } }` (RDS and Redshift
#     can manage the password themselves: `manage_master_user_password`).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["SecretsManager.1", "SecretsManager.4"]
#     NIST-800-53: ["IA-5(1)", "SC-12"]
#     PCI-DSS-4.0: ["8.3.9", "8.6.3"]
#   example: |
#     resource "aws_secretsmanager_secret" "db" {
#       name       = "prod/db"
#       kms_key_id = aws_kms_key.secrets.arn
#     }
package verdict.terraform.aws.secretsmanager_rotation

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_identity as id
import rego.v1

max_days := tf.config("secret_max_rotation_days", 90)

deny contains {
	"msg": sprintf("secret %s is not rotated automatically (no aws_secretsmanager_secret_rotation refers to it)", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.of_type("aws_secretsmanager_secret")
	not id.referenced_by(r, "aws_secretsmanager_secret_rotation", "secret_id")
	not inline_rotation(r)
}

# Provider versions before 5 took the rotation on the secret itself.
inline_rotation(r) if aws.value(r, ["rotation_lambda_arn"], "") != ""

inline_rotation(r) if aws.unknown_at(r, ["rotation_lambda_arn"])

deny contains {
	"msg": sprintf("%s rotates the secret every %v days, more than %v", [r.address, days, max_days]),
	"path": tf.attr_path(r, ["rotation_rules", 0, key]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_secretsmanager_secret_rotation")
	some key in ["automatically_after_days", "schedule_expression"]
	days := interval_days(aws.value(r, ["rotation_rules", 0, key], null))
	days > max_days
}

interval_days(v) := n if n := aws.as_number(v)

# "rate(120 days)"
interval_days(v) := n if {
	is_string(v)
	startswith(v, "rate(")
	endswith(v, ")")
	words := [w | some w in split(substring(v, 5, count(v) - 6), " "); w != ""]
	count(words) == 2
	words[1] in {"day", "days"}
	n := aws.as_number(words[0])
}
