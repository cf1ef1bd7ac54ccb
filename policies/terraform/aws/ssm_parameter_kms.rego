# METADATA
# title: SSM SecureString parameter encrypted with the AWS managed key
# description: >-
#   An `aws_ssm_parameter` of type `SecureString` without `key_id` (or with
#   `alias/aws/ssm`) is encrypted with the account's AWS managed key, whose
#   policy lets every principal of the account that may read the parameter
#   decrypt it: the KMS key adds no access control.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter#key_id
#   - https://docs.aws.amazon.com/kms/latest/developerguide/services-parameter-store.html
# custom:
#   id: VD-TF-AWS-068
#   severity: low
#   remediation: >-
#     Set `key_id = aws_kms_key.params.arn`, a customer managed key whose
#     policy allows only the parameter's readers to decrypt.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-12", "SC-28"]
#   example: |
#     resource "aws_ssm_parameter" "api_key" {
#       name  = "/prod/api/key"
#       type  = "SecureString"
#       value = var.api_key
#     }
package verdict.terraform.aws.ssm_parameter_kms

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("SecureString parameter %s is encrypted with the AWS managed key alias/aws/ssm", [r.address]),
	"path": aws.arg_path(r, ["key_id"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ssm_parameter")
	r.config.type == "SecureString"
	aws.value(r, ["key_id"], "") in {"", "alias/aws/ssm"}
}
