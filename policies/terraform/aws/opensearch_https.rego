# METADATA
# title: OpenSearch domain endpoint accepts HTTP or TLS 1.0
# description: >-
#   An `aws_opensearch_domain` or `aws_elasticsearch_domain` does not enforce
#   HTTPS (no `domain_endpoint_options` block, or `enforce_https = false`; the
#   argument defaults to true once the block is written), or allows TLS 1.0 and
#   1.1 (`tls_security_policy = "Policy-Min-TLS-1-0-2019-07"`), so queries,
#   documents and credentials can cross the network in clear text or over weak
#   TLS. Reported at the offending argument, else the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#domain_endpoint_options
#   - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-8
# custom:
#   id: VD-TF-AWS-101
#   severity: medium
#   remediation: >-
#     Add `domain_endpoint_options { enforce_https = true, tls_security_policy =
#     "Policy-Min-TLS-1-2-PFS-2023-10" }`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["OpenSearch.8", "ES.8"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_opensearch_domain" "search" {
#       domain_name    = "search"
#       engine_version = "OpenSearch_2.11"
#       domain_endpoint_options {
#         enforce_https = false
#       }
#     }
package verdict.terraform.aws.opensearch_https

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

https := ["domain_endpoint_options", 0, "enforce_https"]

tls := ["domain_endpoint_options", 0, "tls_security_policy"]

domains := {r | some r in tf.resources; r.type in {"aws_opensearch_domain", "aws_elasticsearch_domain"}}

deny contains {
	"msg": sprintf("%s does not enforce HTTPS", [r.address]),
	"path": aws.arg_path(r, https),
	"resource": r.address,
} if {
	some r in domains
	v := aws.value(r, https, https_default(r))
	aws.is_false(v)
}

# enforce_https defaults to true in a written domain_endpoint_options block.
https_default(r) := true if {
	aws.has_block(r, "domain_endpoint_options")
} else := false

deny contains {
	"msg": sprintf("%s allows TLS 1.0 (tls_security_policy = %q)", [r.address, v]),
	"path": aws.arg_path(r, tls),
	"resource": r.address,
} if {
	some r in domains
	v := aws.value(r, tls, "")
	v == "Policy-Min-TLS-1-0-2019-07"
}
