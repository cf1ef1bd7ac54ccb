# METADATA
# title: OpenSearch domain with a public endpoint
# description: >-
#   An `aws_opensearch_domain` or `aws_elasticsearch_domain` without a
#   `vpc_options` block gets an internet-facing endpoint, protected only by its
#   access policy (and fine-grained access control if enabled); a domain cannot
#   be moved into a VPC later. Reported at the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#vpc_options
#   - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-2
# custom:
#   id: VD-TF-AWS-102
#   severity: high
#   remediation: >-
#     Add `vpc_options { subnet_ids = [...], security_group_ids = [...] }` with
#     private subnets.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["OpenSearch.2", "ES.2"]
#     NIST-800-53: ["AC-3", "SC-7"]
#   example: |
#     resource "aws_opensearch_domain" "search" {
#       domain_name    = "search"
#       engine_version = "OpenSearch_2.11"
#     }
package verdict.terraform.aws.opensearch_vpc

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s has a public endpoint (no vpc_options)", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_opensearch_domain", "aws_elasticsearch_domain"}
	not aws.has_block(r, "vpc_options")
}
