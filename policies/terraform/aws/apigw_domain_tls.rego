# METADATA
# title: API Gateway custom domain allows TLS 1.0
# description: >-
#   An `aws_api_gateway_domain_name` with `security_policy = "TLS_1_0"`
#   accepts TLS 1.0 and 1.1 connections from clients, protocol versions
#   with known weaknesses that PCI DSS and most baselines no longer allow.
#   An unset policy (whose default depends on the endpoint type) is not
#   judged; the finding points at `security_policy`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_domain_name#security_policy
#   - https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html
# custom:
#   id: VD-TF-AWS-155
#   severity: medium
#   remediation: >-
#     Set `security_policy = "TLS_1_2"` (or a TLS 1.3 enhanced policy).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-8", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_api_gateway_domain_name" "api" {
#       domain_name              = "api.example.com"
#       regional_certificate_arn = aws_acm_certificate.api.arn
#       security_policy          = "TLS_1_0"
#     }
package verdict.terraform.aws.apigw_domain_tls

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("API Gateway domain %q accepts TLS 1.0 (security_policy TLS_1_0)", [r.address]),
	"path": tf.attr_path(r, ["security_policy"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_api_gateway_domain_name")
	upper(aws.value(r, ["security_policy"], "")) == "TLS_1_0"
}
