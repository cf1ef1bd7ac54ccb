# METADATA
# title: OpenSearch domain without fine-grained access control
# description: >-
#   An `aws_opensearch_domain` or `aws_elasticsearch_domain` without
#   `advanced_security_options { enabled = true }` (off by default) has no
#   index-, document- or field-level permissions and no audit logs: anyone its
#   access policy lets in can read and change every index. Reported at
#   `enabled`, else the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#advanced_security_options
#   - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-7
# custom:
#   id: VD-TF-AWS-103
#   severity: medium
#   remediation: >-
#     Add `advanced_security_options { enabled = true,
#     internal_user_database_enabled = false, master_user_options {
#     master_user_arn = <role ARN> } }` (needs HTTPS, node-to-node and at-rest
#     encryption).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["OpenSearch.7"]
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     resource "aws_opensearch_domain" "search" {
#       domain_name    = "search"
#       engine_version = "OpenSearch_2.11"
#     }
package verdict.terraform.aws.opensearch_fine_grained_access

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["advanced_security_options", 0, "enabled"]

deny contains {
	"msg": sprintf("%s does not enable fine-grained access control", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_opensearch_domain", "aws_elasticsearch_domain"}
	v := aws.value(r, keys, false)
	aws.is_false(v)
}
