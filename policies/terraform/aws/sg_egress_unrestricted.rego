# METADATA
# title: Security group allows all outbound traffic to the internet
# description: >-
#   An egress rule (inline `egress` of `aws_security_group`,
#   `aws_security_group_rule` of type "egress",
#   `aws_vpc_security_group_egress_rule`) lets every protocol and port out to
#   0.0.0.0/0 or ::/0. A compromised workload can then download tooling and
#   send data anywhere. (Terraform removes AWS's default allow-all egress
#   rule from the groups it creates: this is one written on purpose.)
#   Reported as a warning.
# related_resources:
#   - https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_egress_rule
# custom:
#   id: VD-TF-AWS-042
#   severity: low
#   remediation: >-
#     Allow outbound traffic only to the ports and destinations the workload
#     uses (443 to a prefix list or VPC endpoints, the database's security
#     group), or route it through a NAT with egress filtering.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-7(5)"]
#     PCI-DSS-4.0: ["1.3.2"]
#   example: |
#     resource "aws_security_group" "app" {
#       egress {
#         from_port   = 0
#         to_port     = 0
#         protocol    = "-1"
#         cidr_blocks = ["0.0.0.0/0"]
#       }
#     }
package verdict.terraform.aws.sg_egress_unrestricted

import data.verdict.lib.terraform_aws_identity as id
import rego.v1

warn contains {
	"msg": sprintf("%s allows all outbound traffic to %s", [x.r.address, cidr]),
	"path": path,
	"resource": x.r.address,
} if {
	some x in id.sg_entries
	x.direction == "egress"
	id.all_traffic(x)
	some [cidr, path] in id.open_sources(x)
}
