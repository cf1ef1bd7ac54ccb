# METADATA
# title: Redshift parameter group does not require SSL
# description: >-
#   An `aws_redshift_parameter_group` does not set the `require_ssl` parameter
#   to `true` (the parameter group family default is `false`), so clusters using
#   it accept unencrypted client connections. Clusters on the default parameter
#   group are not judged. Reported at the parameter's `value`, else the
#   parameter group.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_parameter_group
#   - https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-2
# custom:
#   id: VD-TF-AWS-098
#   severity: medium
#   remediation: >-
#     Add `parameter { name = "require_ssl", value = "true" }` to the parameter
#     group.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["Redshift.2"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_redshift_parameter_group" "dw" {
#       name   = "dw"
#       family = "redshift-1.0"
#     }
package verdict.terraform.aws.redshift_require_ssl

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

deny contains {
	"msg": sprintf("Redshift parameter group %q does not set require_ssl = true", [r.address]),
	"path": awsd.parameter_path(r, "require_ssl"),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_redshift_parameter_group")
	values := awsd.parameter_values(r, "require_ssl")
	not "true" in values
	not "<unknown>" in values
}
