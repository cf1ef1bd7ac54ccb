# METADATA
# title: Lambda function without active X-Ray tracing
# description: >-
#   An `aws_lambda_function` whose `tracing_config` mode is not "Active" (the
#   default is "PassThrough", which traces only requests an upstream service
#   already sampled) records no traces of its invocations and downstream
#   calls, which leaves gaps when investigating errors and abuse. The finding
#   points at `mode` or the closest block.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#tracing_config
#   - https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html
# custom:
#   id: VD-TF-AWS-135
#   severity: low
#   remediation: >-
#     Add `tracing_config { mode = "Active" }` and allow the function's role
#     `xray:PutTraceSegments` and `xray:PutTelemetryRecords`
#     (AWSXRayDaemonWriteAccess).
#   kinds: [terraform, terraform-plan]
#   frameworks: {}
#   example: |
#     resource "aws_lambda_function" "fn" {
#       function_name = "fn"
#       role          = aws_iam_role.fn.arn
#       runtime       = "python3.12"
#       handler       = "app.handler"
#       filename      = "fn.zip"
#     }
package verdict.terraform.aws.lambda_xray_tracing

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["tracing_config", 0, "mode"]

warn contains {
	"msg": sprintf("Lambda function %q does not use active X-Ray tracing (mode %q)", [r.address, v]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_lambda_function")
	not r.config.dynamic.tracing_config
	v := aws.value(r, keys, "PassThrough")
	v != "Active"
}
