# METADATA
# title: API Gateway stage without access logging
# description: >-
#   An `aws_api_gateway_stage` (REST) or `aws_apigatewayv2_stage` (HTTP and
#   WebSocket) without an `access_log_settings` block (no access logs by
#   default) records nothing about who called the API, from where, and with
#   which result, so abuse and attacks cannot be investigated. Dynamic
#   blocks are not judged; the finding points at the stage.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage#access_log_settings
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/apigatewayv2_stage#access_log_settings
#   - https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
# custom:
#   id: VD-TF-AWS-153
#   severity: medium
#   remediation: >-
#     Add `access_log_settings { destination_arn =
#     aws_cloudwatch_log_group.api.arn format = jsonencode({...}) }` with the
#     request id, caller identity, source IP, route and status.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["APIGateway.9"]
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     resource "aws_apigatewayv2_stage" "prod" {
#       api_id      = aws_apigatewayv2_api.api.id
#       name        = "prod"
#       auto_deploy = true
#     }
package verdict.terraform.aws.apigw_stage_access_logs

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("API Gateway stage %q does not write access logs", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_api_gateway_stage", "aws_apigatewayv2_stage"}
	not aws.has_block(r, "access_log_settings")
	not aws.unknown_at(r, ["access_log_settings"])
}
