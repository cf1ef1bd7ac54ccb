# METADATA
# title: Lambda function URL without authentication
# description: >-
#   An `aws_lambda_function_url` with `authorization_type = "NONE"` gives the
#   function a public HTTPS endpoint that anyone on the internet can invoke
#   without signing the request: every call runs the code and is billed to
#   the account. The finding points at `authorization_type`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function_url#authorization_type
#   - https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
# custom:
#   id: VD-TF-AWS-136
#   severity: medium
#   remediation: >-
#     Set `authorization_type = "AWS_IAM"` and grant
#     `lambda:InvokeFunctionUrl` to the callers, or put the function behind
#     API Gateway or CloudFront with an authorizer.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "IA-2"]
#   example: |
#     resource "aws_lambda_function_url" "fn" {
#       function_name      = aws_lambda_function.fn.function_name
#       authorization_type = "NONE"
#     }
package verdict.terraform.aws.lambda_function_url_public

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("Lambda function URL %q can be invoked without authentication", [r.address]),
	"path": tf.attr_path(r, ["authorization_type"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_lambda_function_url")
	upper(aws.value(r, ["authorization_type"], "")) == "NONE"
}
