# METADATA
# title: RDS instance publicly accessible
# description: >-
#   `publicly_accessible = true` on an `aws_db_instance` or
#   `aws_rds_cluster_instance` gives the database a public DNS name resolving
#   to a public IP, so only its security group stands between it and the
#   internet.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#publicly_accessible
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
# custom:
#   id: VD-TF-AWS-010
#   severity: high
#   remediation: >-
#     Set `publicly_accessible = false`, place the instance in private subnets
#     (`db_subnet_group_name`) and reach it through a bastion, VPN or RDS
#     Proxy.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["2.3.3"]
#     AWS-FSBP: ["RDS.2"]
#     NIST-800-53: ["AC-3", "SC-7"]
#   example: |
#     resource "aws_db_instance" "app" {
#       engine              = "mysql"
#       instance_class      = "db.t3.micro"
#       publicly_accessible = true
#     }
package verdict.terraform.aws.rds_public

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s is publicly accessible", [r.address]),
	"path": tf.attr_path(r, ["publicly_accessible"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_db_instance", "aws_rds_cluster_instance"}
	aws.is_true(r.config.publicly_accessible)
}
