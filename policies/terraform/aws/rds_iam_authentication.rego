# METADATA
# title: RDS IAM database authentication disabled
# description: >-
#   A MySQL, MariaDB or PostgreSQL `aws_db_instance`, or an Aurora
#   `aws_rds_cluster`, with `iam_database_authentication_enabled` false or unset
#   (the default) only accepts database passwords, which are long-lived and
#   shared, instead of short-lived IAM tokens tied to a role. Engines without
#   IAM authentication (Oracle, SQL Server, Db2), Aurora Serverless v1 clusters,
#   read replicas and Aurora instances are not judged. Reported as a warning at
#   `iam_database_authentication_enabled`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#iam_database_authentication_enabled
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-10
# custom:
#   id: VD-TF-AWS-086
#   severity: medium
#   remediation: >-
#     Set `iam_database_authentication_enabled = true` and connect with `rds
#     generate-db-auth-token` from an IAM role granted `rds-db:connect`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["RDS.10", "RDS.12"]
#     NIST-800-53: ["AC-2", "IA-2"]
#   example: |
#     resource "aws_db_instance" "app" {
#       engine         = "mysql"
#       instance_class = "db.t3.micro"
#     }
package verdict.terraform.aws.rds_iam_authentication

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

engines := {"mysql", "mariadb", "postgres", "aurora", "aurora-mysql", "aurora-postgresql"}

warn contains {
	"msg": sprintf("%s does not enable IAM database authentication", [r.address]),
	"path": aws.arg_path(r, ["iam_database_authentication_enabled"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_db_instance", "aws_rds_cluster"}
	awsd.rds_judged(r)
	not awsd.serverless_v1(r)
	aws.value(r, ["engine"], default_engine(r)) in engines
	v := aws.value(r, ["iam_database_authentication_enabled"], false)
	aws.is_false(v)
}

# aws_rds_cluster defaults to Aurora MySQL.
default_engine(r) := "aurora" if r.type == "aws_rds_cluster"

else := ""
