# METADATA
# title: Default security group allows traffic
# description: >-
#   The VPC's default security group (`aws_default_security_group`) declares
#   ingress or egress rules. Resources launched without an explicit security
#   group land in it, so it should allow no traffic at all; Terraform removes
#   every rule from it when the resource declares none.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group
#   - https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
# custom:
#   id: VD-TF-AWS-007
#   severity: medium
#   remediation: >-
#     Remove every `ingress` and `egress` block from `aws_default_security_group`
#     (leaving `resource "aws_default_security_group" "default" { vpc_id =
#     aws_vpc.main.id }`) and give workloads their own security groups.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["5.4"]
#     AWS-FSBP: ["EC2.2"]
#     NIST-800-53: ["SC-7"]
#   example: |
#     resource "aws_default_security_group" "default" {
#       vpc_id = aws_vpc.main.id
#       ingress {
#         protocol  = -1
#         self      = true
#         from_port = 0
#         to_port   = 0
#       }
#     }
package verdict.terraform.aws.default_security_group

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("default security group %q declares %s rules; it should allow no traffic", [r.address, direction]),
	"path": aws.arg_path(r, [direction]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_default_security_group")
	some direction in ["ingress", "egress"]
	aws.has_block(r, direction)
}
