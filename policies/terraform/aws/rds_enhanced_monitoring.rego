# METADATA
# title: RDS enhanced monitoring disabled
# description: >-
#   An `aws_db_instance` or `aws_rds_cluster_instance` with
#   `monitoring_interval` 0 or unset (the default) publishes no OS-level metrics
#   (processes, memory, file system), which an investigation of a compromised or
#   degraded database needs. Read replicas and instances without `engine`
#   (restored from a snapshot) are not judged. Reported as a warning at
#   `monitoring_interval`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#monitoring_interval
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-6
# custom:
#   id: VD-TF-AWS-088
#   severity: low
#   remediation: >-
#     Set `monitoring_interval` (1, 5, 10, 15, 30 or 60 seconds) and
#     `monitoring_role_arn` to a role with `AmazonRDSEnhancedMonitoringRole`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["RDS.6"]
#   example: |
#     resource "aws_db_instance" "app" {
#       engine         = "postgres"
#       instance_class = "db.t3.micro"
#     }
package verdict.terraform.aws.rds_enhanced_monitoring

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

warn contains {
	"msg": sprintf("%s does not have enhanced monitoring (monitoring_interval is 0)", [r.address]),
	"path": aws.arg_path(r, ["monitoring_interval"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_db_instance", "aws_rds_cluster_instance"}
	not awsd.rds_replica(r)
	awsd.rds_engine_written(r)
	v := aws.value(r, ["monitoring_interval"], 0)
	aws.as_number(v) == 0
}
