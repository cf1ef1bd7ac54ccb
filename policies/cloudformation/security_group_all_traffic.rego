# METADATA
# title: Security group allows all traffic from the Internet
# description: >-
#   An ingress rule of an `AWS::EC2::SecurityGroup` (inline
#   `SecurityGroupIngress`) or an `AWS::EC2::SecurityGroupIngress` that lets
#   0.0.0.0/0 or ::/0 in on every protocol (`IpProtocol: -1`) or on every
#   TCP/UDP port (0-65535) exposes every service on the instances, including
#   ones nobody meant to publish. A CIDR taken from a parameter counts by the
#   parameter's `Default`; other intrinsics are not evaluated.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group-ingress.html
#   - https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
# custom:
#   id: VD-CFN-021
#   severity: high
#   remediation: >-
#     Open only the ports the service serves (e.g. `IpProtocol: tcp`,
#     `FromPort: 443`, `ToPort: 443`), and limit the source to known CIDRs or
#     a `SourceSecurityGroupId` for anything that is not public.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["EC2.18"]
#     NIST-800-53: ["AC-4", "SC-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     Resources:
#       Open:
#         Type: AWS::EC2::SecurityGroup
#         Properties:
#           GroupDescription: open
#           SecurityGroupIngress:
#             - IpProtocol: "-1"
#               CidrIp: 0.0.0.0/0
package verdict.cloudformation.security_group_all_traffic

import data.verdict.lib.cloudformation_platform as p
import data.verdict.lib.cloudformation_platform_sets as sets
import rego.v1

deny contains {
	"msg": sprintf("%s %q allows all traffic from %s", [g.what, g.resource, o.cidr]),
	"path": array.concat(g.path, [o.field]),
	"resource": g.resource,
} if {
	some g in sets.sg_rules
	g.direction == "ingress"
	some o in p.open_to_world(g.rule)
	all_ports(g.rule)
}

all_ports(rule) if p.all_protocols(p.protocol(rule, "IpProtocol"))

all_ports(rule) if {
	p.tcp_udp(p.protocol(rule, "IpProtocol"))
	range := p.port_range(rule, "FromPort", "ToPort")
	range.from <= 0
	range.to >= 65535
}
