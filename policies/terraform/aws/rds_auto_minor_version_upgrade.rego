# METADATA
# title: RDS automatic minor version upgrades disabled
# description: >-
#   An `aws_db_instance`, `aws_rds_cluster_instance` or `aws_rds_cluster` with
#   `auto_minor_version_upgrade = false` does not receive the engine's minor
#   versions, which carry its security fixes, during the maintenance window.
#   Upgrades are on by default. Reported as a warning at
#   `auto_minor_version_upgrade`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#auto_minor_version_upgrade
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-13
# custom:
#   id: VD-TF-AWS-087
#   severity: low
#   remediation: >-
#     Set `auto_minor_version_upgrade = true` (or remove the argument).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["2.3.2"]
#     AWS-FSBP: ["RDS.13"]
#     NIST-800-53: ["SI-2"]
#   example: |
#     resource "aws_db_instance" "app" {
#       engine                     = "postgres"
#       instance_class             = "db.t3.micro"
#       auto_minor_version_upgrade = false
#     }
package verdict.terraform.aws.rds_auto_minor_version_upgrade

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

warn contains {
	"msg": sprintf("%s does not upgrade minor engine versions automatically", [r.address]),
	"path": aws.arg_path(r, ["auto_minor_version_upgrade"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_db_instance", "aws_rds_cluster_instance", "aws_rds_cluster"}
	v := aws.value(r, ["auto_minor_version_upgrade"], true)
	aws.is_false(v)
}
