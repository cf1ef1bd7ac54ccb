# METADATA
# title: OpenSearch domain not encrypted at rest
# description: >-
#   An `aws_opensearch_domain` or `aws_elasticsearch_domain` without
#   `encrypt_at_rest { enabled = true }` (off when the block is absent) stores
#   indices, logs, swap and automated snapshots unencrypted. Reported at
#   `enabled`, else the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#encrypt_at_rest
#   - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-1
# custom:
#   id: VD-TF-AWS-099
#   severity: high
#   remediation: >-
#     Add `encrypt_at_rest { enabled = true }` (and `kms_key_id` for a customer
#     managed key).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["OpenSearch.1", "ES.1"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     resource "aws_opensearch_domain" "search" {
#       domain_name    = "search"
#       engine_version = "OpenSearch_2.11"
#     }
package verdict.terraform.aws.opensearch_encryption_at_rest

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["encrypt_at_rest", 0, "enabled"]

deny contains {
	"msg": sprintf("%s is not encrypted at rest", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_opensearch_domain", "aws_elasticsearch_domain"}
	v := aws.value(r, keys, false)
	aws.is_false(v)
}
