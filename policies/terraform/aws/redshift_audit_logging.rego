# METADATA
# title: Redshift cluster without audit logging
# description: >-
#   An `aws_redshift_cluster` has neither an inline `logging { enable = true }`
#   block (provider v5 and earlier) nor an `aws_redshift_logging` resource for
#   it, so connection, user and user-activity logs (who connected, from where,
#   which queries ran) are not kept. Audit logging is off by default. An
#   `aws_redshift_logging` whose `cluster_identifier` cannot be resolved counts
#   as covering the clusters of its module. Reported at the inline block's
#   `enable`, else the cluster.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_logging
#   - https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-4
# custom:
#   id: VD-TF-AWS-097
#   severity: medium
#   remediation: >-
#     Add `resource "aws_redshift_logging" "<name>" { cluster_identifier =
#     aws_redshift_cluster.<name>.id, log_destination_type = "cloudwatch",
#     log_exports = ["connectionlog", "userlog", "useractivitylog"] }` (and
#     `enable_user_activity_logging = "true"` in the parameter group).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["Redshift.4"]
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     resource "aws_redshift_cluster" "dw" {
#       cluster_identifier = "dw"
#       node_type          = "ra3.xlplus"
#     }
package verdict.terraform.aws.redshift_audit_logging

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

enable := ["logging", 0, "enable"]

deny contains {
	"msg": sprintf("Redshift cluster %q has no audit logging", [r.address]),
	"path": aws.arg_path(r, enable),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_redshift_cluster")
	aws.is_false(aws.value(r, enable, false))
	not awsd.linked(r, "aws_redshift_logging", "cluster_identifier", "cluster_identifier")
}
