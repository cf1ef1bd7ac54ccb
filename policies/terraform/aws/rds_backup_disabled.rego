# METADATA
# title: RDS automated backups disabled
# description: >-
#   An `aws_db_instance` or `aws_rds_cluster` sets `backup_retention_period`
#   below `data.verdict.config.rds_backup_retention_days` (default 1; `0` turns
#   automated backups and point-in-time recovery off on an instance). When
#   unset, RDS keeps backups for 1 day. Read replicas, Aurora instances and
#   instances without `engine` (restored from a snapshot) are not judged.
#   Reported at `backup_retention_period`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#backup_retention_period
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-11
# custom:
#   id: VD-TF-AWS-084
#   severity: medium
#   remediation: >-
#     Set `backup_retention_period` to at least 7 (and at most 35) days.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["RDS.11"]
#     NIST-800-53: ["CP-9"]
#   example: |
#     resource "aws_db_instance" "app" {
#       engine                  = "postgres"
#       instance_class          = "db.t3.micro"
#       backup_retention_period = 0
#     }
package verdict.terraform.aws.rds_backup_disabled

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

minimum := tf.config("rds_backup_retention_days", 1)

deny contains {
	"msg": sprintf("%s keeps automated backups for %v days (minimum %v)", [r.address, v, minimum]),
	"path": aws.arg_path(r, ["backup_retention_period"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_db_instance", "aws_rds_cluster"}
	awsd.rds_judged(r)
	v := aws.value(r, ["backup_retention_period"], 1)
	aws.as_number(v) < minimum
}
