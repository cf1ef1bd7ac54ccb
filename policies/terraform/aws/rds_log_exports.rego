# METADATA
# title: RDS logs not exported to CloudWatch Logs
# description: >-
#   An `aws_db_instance` or `aws_rds_cluster` with
#   `enabled_cloudwatch_logs_exports` empty or unset (the default) keeps its
#   database logs (audit, error, general, slow query, postgresql) only on the
#   instance, where they rotate away within days and are lost with it. Read
#   replicas, Aurora instances, instances without `engine` (restored from a
#   snapshot) and Aurora Serverless v1 clusters (which publish their logs
#   themselves) are not judged. Reported as a warning at
#   `enabled_cloudwatch_logs_exports`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#enabled_cloudwatch_logs_exports
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-9
# custom:
#   id: VD-TF-AWS-089
#   severity: medium
#   remediation: >-
#     Set `enabled_cloudwatch_logs_exports` to the engine's logs, e.g.
#     `["postgresql", "upgrade"]`, `["audit", "error", "general", "slowquery"]`
#     (MySQL, MariaDB, Aurora MySQL).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["RDS.9"]
#     NIST-800-53: ["AU-2", "AU-12"]
#   example: |
#     resource "aws_db_instance" "app" {
#       engine         = "postgres"
#       instance_class = "db.t3.micro"
#     }
package verdict.terraform.aws.rds_log_exports

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

warn contains {
	"msg": sprintf("%s does not export its logs to CloudWatch Logs", [r.address]),
	"path": aws.arg_path(r, ["enabled_cloudwatch_logs_exports"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_db_instance", "aws_rds_cluster"}
	awsd.rds_judged(r)
	not awsd.serverless_v1(r)
	v := aws.value(r, ["enabled_cloudwatch_logs_exports"], [])
	count(v) == 0
}
