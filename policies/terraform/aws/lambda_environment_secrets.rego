# METADATA
# title: Lambda function environment holds secrets in plain text
# description: >-
#   An `aws_lambda_function` whose `environment` `variables` hold an AWS
#   access key id, an AWS credential variable (AWS_ACCESS_KEY_ID,
#   AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN) or a password-, secret-, token-
#   or API-key-named variable with a literal value exposes it to anyone who
#   can read the function configuration (`lambda:GetFunctionConfiguration`)
#   and stores it in the Terraform state. Values that are expressions, ARNs
#   or paths are not judged; the finding points at the variable.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#environment
#   - https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html
#   - https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html
# custom:
#   id: VD-TF-AWS-139
#   severity: high
#   remediation: >-
#     Store the secret in Secrets Manager or SSM Parameter Store, pass its ARN
#     or name in the environment and read it at run time (the Parameters and
#     Secrets Lambda extension caches it); use the execution role instead of
#     AWS keys.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["IA-5", "SC-28"]
#   example: |
#     resource "aws_lambda_function" "fn" {
#       function_name = "fn"
#       role          = aws_iam_role.fn.arn
#       runtime       = "python3.12"
#       handler       = "app.handler"
#       filename      = "fn.zip"
#       environment {
#         variables = {
#           API_TOKEN = "tok_live_51HxExample"
#         }
#       }
#     }
package verdict.terraform.aws.lambda_environment_secrets

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws_compute as compute
import rego.v1

deny contains {
	"msg": sprintf("Lambda function %q holds secret %q in a plain environment variable", [r.address, name]),
	"path": tf.attr_path(r, ["environment", 0, "variables", name]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_lambda_function")
	is_array(r.config.environment)
	vars := r.config.environment[0].variables
	is_object(vars)
	some name, value in vars
	compute.plain_secret(name, value)
}
