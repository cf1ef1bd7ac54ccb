# METADATA
# title: OpenSearch domain does not publish audit logs
# description: >-
#   An `aws_opensearch_domain` or `aws_elasticsearch_domain` has no enabled
#   `log_publishing_options` block with `log_type = "AUDIT_LOGS"`, so
#   authentication failures and index access are not recorded in CloudWatch Logs
#   (audit logs need fine-grained access control). Publishing is off by default.
#   Generated (`dynamic`) blocks count as publishing them. Reported as a warning
#   at the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#log_publishing_options
#   - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-5
# custom:
#   id: VD-TF-AWS-104
#   severity: medium
#   remediation: >-
#     Add `log_publishing_options { log_type = "AUDIT_LOGS",
#     cloudwatch_log_group_arn = aws_cloudwatch_log_group.<name>.arn }` (and a
#     CloudWatch Logs resource policy for the service).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["OpenSearch.5", "ES.5"]
#     NIST-800-53: ["AU-2", "AU-12"]
#   example: |
#     resource "aws_opensearch_domain" "search" {
#       domain_name    = "search"
#       engine_version = "OpenSearch_2.11"
#     }
package verdict.terraform.aws.opensearch_audit_logs

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

warn contains {
	"msg": sprintf("%s does not publish audit logs", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_opensearch_domain", "aws_elasticsearch_domain"}
	not publishes_audit_logs(r)
}

publishes_audit_logs(r) if {
	is_array(r.config.log_publishing_options)
	some o in r.config.log_publishing_options
	o.log_type == "AUDIT_LOGS"
	not aws.is_false(object.get(o, "enabled", true))
}

publishes_audit_logs(r) if {
	is_array(r.config.log_publishing_options)
	some o in r.config.log_publishing_options
	tf.unknown(o.log_type)
}

publishes_audit_logs(r) if r.config.dynamic.log_publishing_options

publishes_audit_logs(r) if tf.unknown(r.config.log_publishing_options)
