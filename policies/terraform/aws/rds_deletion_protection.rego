# METADATA
# title: RDS deletion protection disabled
# description: >-
#   An `aws_db_instance` or `aws_rds_cluster` with `deletion_protection` false
#   or unset (the default) can be deleted by one API call or a `terraform
#   destroy`, with its automated backups. Read replicas, Aurora instances
#   (protected through their cluster) and instances without `engine` (restored
#   from a snapshot) are not judged. Reported as a warning at
#   `deletion_protection`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#deletion_protection
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-8
# custom:
#   id: VD-TF-AWS-085
#   severity: low
#   remediation: >-
#     Set `deletion_protection = true` on the DB instance or cluster.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["RDS.7", "RDS.8"]
#   example: |
#     resource "aws_db_instance" "app" {
#       engine         = "postgres"
#       instance_class = "db.t3.micro"
#     }
package verdict.terraform.aws.rds_deletion_protection

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

warn contains {
	"msg": sprintf("%s does not have deletion protection", [r.address]),
	"path": aws.arg_path(r, ["deletion_protection"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_db_instance", "aws_rds_cluster"}
	awsd.rds_judged(r)
	v := aws.value(r, ["deletion_protection"], false)
	aws.is_false(v)
}
