# METADATA
# title: API Gateway cache not encrypted
# description: >-
#   An `aws_api_gateway_method_settings` whose `settings` turn on
#   `caching_enabled` without `cache_data_encrypted = true` (the default is
#   false) keeps cached API responses, which may hold personal or other
#   sensitive data, unencrypted at rest. The finding points at
#   `cache_data_encrypted` or the `settings` block.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings#cache_data_encrypted
#   - https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
# custom:
#   id: VD-TF-AWS-154
#   severity: medium
#   remediation: >-
#     Set `cache_data_encrypted = true` in the method settings' `settings`
#     block.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["APIGateway.5"]
#     NIST-800-53: ["SC-28"]
#   example: |
#     resource "aws_api_gateway_method_settings" "all" {
#       rest_api_id = aws_api_gateway_rest_api.api.id
#       stage_name  = aws_api_gateway_stage.prod.stage_name
#       method_path = "*/*"
#       settings {
#         caching_enabled = true
#       }
#     }
package verdict.terraform.aws.apigw_cache_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["settings", 0, "cache_data_encrypted"]

deny contains {
	"msg": sprintf("%s caches API responses without encrypting them", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_api_gateway_method_settings")
	is_array(r.config.settings)
	aws.is_true(aws.value(r, ["settings", 0, "caching_enabled"], false))
	aws.is_false(aws.value(r, keys, false))
}
