# METADATA
# title: RDS uses the engine's default master username
# description: >-
#   An `aws_db_instance` (`username`) or `aws_rds_cluster` (`master_username`)
#   keeps the console default `admin` or `postgres`, the first name any
#   password-guessing attack tries, so only the password stands between it and
#   full control. Reported as a warning at the username.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#username
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-25
# custom:
#   id: VD-TF-AWS-091
#   severity: low
#   remediation: >-
#     Choose a custom master username (and `manage_master_user_password =
#     true`).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["RDS.24", "RDS.25"]
#   example: |
#     resource "aws_db_instance" "app" {
#       engine         = "mysql"
#       instance_class = "db.t3.micro"
#       username       = "admin"
#     }
package verdict.terraform.aws.rds_default_master_username

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

defaults := {"admin", "postgres"}

keys := {"aws_db_instance": "username", "aws_rds_cluster": "master_username"}

warn contains {
	"msg": sprintf("%s uses the default master username %q", [r.address, v]),
	"path": array.concat(r.path, [key]),
	"resource": r.address,
} if {
	some r in tf.resources
	key := keys[r.type]
	v := aws.value(r, [key], "")
	lower(v) in defaults
}
