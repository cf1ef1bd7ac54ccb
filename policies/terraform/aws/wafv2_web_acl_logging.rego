# METADATA
# title: WAFv2 web ACL without logging
# description: >-
#   An `aws_wafv2_web_acl` that no `aws_wafv2_web_acl_logging_configuration`
#   of the same module refers to in `resource_arn` logs none of the requests
#   it inspects, allows or blocks, so attacks and false positives cannot be
#   analysed. A logging configuration whose `resource_arn` cannot be resolved
#   (a variable) is taken to cover every web ACL of its module; the finding
#   points at the web ACL.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/wafv2_web_acl_logging_configuration
#   - https://docs.aws.amazon.com/waf/latest/developerguide/logging.html
# custom:
#   id: VD-TF-AWS-156
#   severity: medium
#   remediation: >-
#     Add an `aws_wafv2_web_acl_logging_configuration` with `resource_arn =
#     aws_wafv2_web_acl.<name>.arn` and `log_destination_configs` naming a
#     CloudWatch log group, S3 bucket or Firehose stream whose name starts
#     with `aws-waf-logs-`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["WAF.11"]
#     NIST-800-53: ["AU-2", "AU-12", "SI-4"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     resource "aws_wafv2_web_acl" "edge" {
#       name  = "edge"
#       scope = "REGIONAL"
#       default_action {
#         allow {}
#       }
#       visibility_config {
#         cloudwatch_metrics_enabled = true
#         metric_name                = "edge"
#         sampled_requests_enabled   = true
#       }
#     }
package verdict.terraform.aws.wafv2_web_acl_logging

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("WAFv2 web ACL %q has no logging configuration", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.of_type("aws_wafv2_web_acl")
	not logged(r)
}

logged(r) if sprintf("ref:%s:%s", [aws.module_of(r), r.name]) in link_keys

logged(r) if sprintf("any:%s", [aws.module_of(r)]) in link_keys

link_keys contains sprintf("ref:%s:%s", [aws.module_of(o), name]) if {
	some o in tf.of_type("aws_wafv2_web_acl_logging_configuration")
	some expr in aws.references(o, "resource_arn")
	some name in aws.referenced_names(expr, "aws_wafv2_web_acl")
}

link_keys contains sprintf("any:%s", [aws.module_of(o)]) if {
	some o in tf.of_type("aws_wafv2_web_acl_logging_configuration")
	count({name | some expr in aws.references(o, "resource_arn"); some name in aws.referenced_names(expr, "aws_wafv2_web_acl")}) == 0
}
