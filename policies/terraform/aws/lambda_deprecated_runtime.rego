# METADATA
# title: Lambda function uses a deprecated runtime
# description: >-
#   An `aws_lambda_function` whose `runtime` is one AWS has deprecated
#   (python2.7 to python3.9, nodejs up to nodejs18.x, ruby2.5/2.7, java8 on
#   Amazon Linux 1, go1.x, provided, .NET Core and .NET 5 to 7) no longer
#   receives security patches, and AWS blocks creating and then updating
#   such functions. The list can be replaced with
#   `data.verdict.config.lambda_deprecated_runtimes`. Container image
#   functions (no `runtime`) are not judged; the finding points at `runtime`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#runtime
#   - https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-deprecated
# custom:
#   id: VD-TF-AWS-140
#   severity: medium
#   remediation: >-
#     Move the function to a supported runtime (e.g. python3.13, nodejs22.x,
#     java21, provided.al2023 for Go and custom runtimes) and test it.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["Lambda.2"]
#     NIST-800-53: ["SI-2", "SA-22"]
#     PCI-DSS-4.0: ["6.3.3"]
#   example: |
#     resource "aws_lambda_function" "fn" {
#       function_name = "fn"
#       role          = aws_iam_role.fn.arn
#       runtime       = "python3.8"
#       handler       = "app.handler"
#       filename      = "fn.zip"
#     }
package verdict.terraform.aws.lambda_deprecated_runtime

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

default_deprecated := [
	"python2.7", "python3.6", "python3.7", "python3.8", "python3.9",
	"nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10",
	"nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x",
	"ruby2.5", "ruby2.7", "java8", "go1.x", "provided",
	"dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1",
	"dotnet5.0", "dotnet6", "dotnet7",
]

deprecated := {x | some x in tf.config("lambda_deprecated_runtimes", default_deprecated)}

deny contains {
	"msg": sprintf("Lambda function %q uses the deprecated runtime %s", [r.address, v]),
	"path": tf.attr_path(r, ["runtime"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_lambda_function")
	v := aws.value(r, ["runtime"], "")
	v in deprecated
}
