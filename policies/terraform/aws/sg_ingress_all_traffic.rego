# METADATA
# title: Security group allows all traffic from the internet
# description: >-
#   An ingress rule (an inline `ingress` block of `aws_security_group`, an
#   `aws_security_group_rule` of type "ingress" or an
#   `aws_vpc_security_group_ingress_rule`) lets 0.0.0.0/0 or ::/0 reach every
#   port: protocol `-1` (all), or TCP/UDP from port 0 (or 1) to 65535. Every
#   service listening on the instance, including the ones nobody meant to
#   expose, is on the internet.
# related_resources:
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule
# custom:
#   id: VD-TF-AWS-039
#   severity: high
#   remediation: >-
#     Open only the ports the service serves (e.g. 443 for a public load
#     balancer) to the internet, and the rest to the security groups or
#     networks that need them.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["EC2.18"]
#     NIST-800-53: ["SC-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     resource "aws_security_group_rule" "any" {
#       type              = "ingress"
#       security_group_id = aws_security_group.app.id
#       from_port         = 0
#       to_port           = 0
#       protocol          = "-1"
#       cidr_blocks       = ["0.0.0.0/0"]
#     }
package verdict.terraform.aws.sg_ingress_all_traffic

import data.verdict.lib.terraform_aws_identity as id
import rego.v1

deny contains {
	"msg": sprintf("%s allows all traffic from %s", [x.r.address, cidr]),
	"path": path,
	"resource": x.r.address,
} if {
	some x in id.sg_entries
	x.direction == "ingress"
	id.all_traffic(x)
	some [cidr, path] in id.open_sources(x)
}
