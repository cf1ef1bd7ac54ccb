# METADATA
# title: Lambda permission for a service without source ARN or account
# description: >-
#   An `aws_lambda_permission` that grants an AWS service principal
#   (`*.amazonaws.com`, e.g. s3.amazonaws.com, sns.amazonaws.com) the right to
#   invoke the function without `source_arn` or `source_account` lets that
#   service invoke it on behalf of any account's resources (a bucket, topic
#   or rule someone else owns): the confused deputy problem. The finding
#   points at `principal`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission#source_arn
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
#   - https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html
# custom:
#   id: VD-TF-AWS-138
#   severity: medium
#   remediation: >-
#     Set `source_arn` to the ARN of the resource that invokes the function
#     (the bucket, topic, rule or API) and, for S3, `source_account` too.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     resource "aws_lambda_permission" "s3" {
#       statement_id  = "AllowS3"
#       action        = "lambda:InvokeFunction"
#       function_name = aws_lambda_function.fn.function_name
#       principal     = "s3.amazonaws.com"
#     }
package verdict.terraform.aws.lambda_permission_source

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s lets %s invoke the function without source_arn or source_account", [r.address, p]),
	"path": tf.attr_path(r, ["principal"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_lambda_permission")
	p := aws.value(r, ["principal"], "")
	endswith(p, ".amazonaws.com")
	not restricted(r)
}

restricted(r) if {
	some key in ["source_arn", "source_account"]
	aws.value(r, [key], "") != ""
}

restricted(r) if {
	some key in ["source_arn", "source_account"]
	aws.unknown_at(r, [key])
}
