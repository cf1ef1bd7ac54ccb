# METADATA
# title: DocumentDB parameter group turns TLS off
# description: >-
#   An `aws_docdb_cluster_parameter_group` sets the `tls` parameter to
#   `disabled`, so clusters using it accept unencrypted connections and
#   credentials and documents cross the network in clear text. TLS is `enabled`
#   by default. Reported at the parameter's `value`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster_parameter_group
#   - https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html
# custom:
#   id: VD-TF-AWS-106
#   severity: high
#   remediation: >-
#     Set `parameter { name = "tls", value = "enabled" }` (or remove the
#     parameter).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_docdb_cluster_parameter_group" "docs" {
#       family = "docdb5.0"
#       name   = "docs"
#       parameter {
#         name  = "tls"
#         value = "disabled"
#       }
#     }
package verdict.terraform.aws.docdb_tls_disabled

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

deny contains {
	"msg": sprintf("DocumentDB parameter group %q turns TLS off (tls = \"disabled\")", [r.address]),
	"path": awsd.parameter_path(r, "tls"),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_docdb_cluster_parameter_group")
	"disabled" in awsd.parameter_values(r, "tls")
}
