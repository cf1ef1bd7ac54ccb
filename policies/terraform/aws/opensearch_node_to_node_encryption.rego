# METADATA
# title: OpenSearch domain without node-to-node encryption
# description: >-
#   An `aws_opensearch_domain` or `aws_elasticsearch_domain` without
#   `node_to_node_encryption { enabled = true }` (off when the block is absent)
#   sends data between its nodes in plain text inside the VPC. Reported at
#   `enabled`, else the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#node_to_node_encryption
#   - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-3
# custom:
#   id: VD-TF-AWS-100
#   severity: medium
#   remediation: Add `node_to_node_encryption { enabled = true }`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["OpenSearch.3", "ES.3"]
#     NIST-800-53: ["SC-8"]
#   example: |
#     resource "aws_opensearch_domain" "search" {
#       domain_name    = "search"
#       engine_version = "OpenSearch_2.11"
#     }
package verdict.terraform.aws.opensearch_node_to_node_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["node_to_node_encryption", 0, "enabled"]

deny contains {
	"msg": sprintf("%s does not encrypt node-to-node traffic", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_opensearch_domain", "aws_elasticsearch_domain"}
	v := aws.value(r, keys, false)
	aws.is_false(v)
}
