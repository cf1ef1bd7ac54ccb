# METADATA
# title: Security group allows ingress from the internet to high-risk service ports
# description: >-
#   A TCP or UDP ingress rule (inline `ingress` of `aws_security_group`,
#   `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`) lets
#   0.0.0.0/0 or ::/0 reach a port of a plaintext or remote-control service:
#   FTP 20-21, Telnet 23, SMTP 25, POP3 110, RPC 135, NetBIOS 137-139, IMAP
#   143, SNMP 161, SMB 445, Docker 2375-2376, etcd 2379-2380, VNC 5900, WinRM
#   5985-5986, kubelet 10250 (`data.verdict.config.high_risk_ports`). SSH and
#   RDP are reported by VD-TF-AWS-006, databases by VD-TF-AWS-040, rules for
#   every port by VD-TF-AWS-039.
# related_resources:
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group_rule
# custom:
#   id: VD-TF-AWS-041
#   severity: high
#   remediation: >-
#     Remove the rule, or allow the port only from the networks or security
#     groups that administer the service; prefer encrypted protocols behind a
#     VPN or AWS Systems Manager.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["EC2.19"]
#     NIST-800-53: ["SC-7", "CM-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     resource "aws_security_group" "files" {
#       ingress {
#         from_port   = 445
#         to_port     = 445
#         protocol    = "tcp"
#         cidr_blocks = ["0.0.0.0/0"]
#       }
#     }
package verdict.terraform.aws.sg_ingress_high_risk_ports

import data.verdict.lib.terraform_aws_identity as id
import rego.v1

ports := id.port_list("high_risk_ports", [20, 21, 23, 25, 110, 135, 137, 138, 139, 143, 161, 445, 2375, 2376, 2379, 2380, 5900, 5985, 5986, 10250])

deny contains {
	"msg": sprintf("%s allows ingress from %s to high-risk port(s) %s", [x.r.address, cidr, id.port_text(reached)]),
	"path": path,
	"resource": x.r.address,
} if {
	some x in id.sg_entries
	x.direction == "ingress"
	reached := id.ports_reached(x, ports)
	count(reached) > 0
	some [cidr, path] in id.open_sources(x)
}
