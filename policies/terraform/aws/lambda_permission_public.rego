# METADATA
# title: Lambda permission lets anyone invoke the function
# description: >-
#   An `aws_lambda_permission` with `principal = "*"` and none of
#   `source_arn`, `source_account` or `principal_org_id` adds a statement to
#   the function's resource policy that lets every AWS account invoke it.
#   The finding points at `principal`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission
#   - https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
# custom:
#   id: VD-TF-AWS-137
#   severity: critical
#   remediation: >-
#     Name the account, role or service that invokes the function in
#     `principal`, and restrict service principals with `source_arn` and
#     `source_account` (or the organization with `principal_org_id`).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["Lambda.1"]
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     resource "aws_lambda_permission" "any" {
#       statement_id  = "AllowAnyone"
#       action        = "lambda:InvokeFunction"
#       function_name = aws_lambda_function.fn.function_name
#       principal     = "*"
#     }
package verdict.terraform.aws.lambda_permission_public

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s lets any principal invoke the function", [r.address]),
	"path": tf.attr_path(r, ["principal"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_lambda_permission")
	aws.value(r, ["principal"], "") == "*"
	not restricted(r)
}

restricted(r) if {
	some key in ["source_arn", "source_account", "principal_org_id"]
	aws.value(r, [key], "") != ""
}

restricted(r) if {
	some key in ["source_arn", "source_account", "principal_org_id"]
	aws.unknown_at(r, [key])
}
