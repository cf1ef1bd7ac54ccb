# METADATA
# title: Network ACL allows ingress from the internet to admin ports
# description: >-
#   An `AWS::EC2::NetworkAclEntry` with `RuleAction: allow`, no `Egress: true`
#   and `CidrBlock: 0.0.0.0/0` (or `Ipv6CidrBlock: ::/0`) that covers a remote
#   administration port over TCP (6), UDP (17) or all protocols (-1) lets the
#   whole Internet reach SSH/RDP in the subnets it guards. The ports come
#   from `data.verdict.config.admin_ports` (default [22, 3389]). Rule order
#   (a lower-numbered deny) is not evaluated.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkaclentry.html
#   - https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
# custom:
#   id: VD-CFN-024
#   severity: medium
#   remediation: >-
#     Replace `CidrBlock: 0.0.0.0/0` on the allow entry with the
#     administrators' networks, or limit its `PortRange` so that it excludes
#     22 and 3389 (or add a lower-numbered `RuleAction: deny` entry for them).
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["5.1"]
#     AWS-FSBP: ["EC2.21"]
#     NIST-800-53: ["SC-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     Resources:
#       AllowAll:
#         Type: AWS::EC2::NetworkAclEntry
#         Properties:
#           NetworkAclId: !Ref PublicAcl
#           RuleNumber: 100
#           Protocol: -1
#           RuleAction: allow
#           CidrBlock: 0.0.0.0/0
package verdict.cloudformation.nacl_admin_ports

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

admin_ports := cfn.config("admin_ports", [22, 3389])

world := {"CidrBlock": "0.0.0.0/0", "Ipv6CidrBlock": "::/0"}

deny contains {
	"msg": sprintf("network ACL entry %q allows ingress from %s to admin port(s) %s", [r.name, cidr, concat(", ", ports)]),
	"path": array.concat(r.path, [field]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::EC2::NetworkAclEntry")
	lower(cfn.value(r.properties.RuleAction)) == "allow"
	ingress(r.properties)
	some field, cidr in world
	cfn.value(r.properties[field]) == cidr
	ports := [sprintf("%v", [port]) | some port in admin_ports; covers(r.properties, port)]
	count(ports) > 0
}

ingress(props) if cfn.never_true(props, "Egress")

covers(props, _) if p.all_protocols(p.protocol(props, "Protocol"))

covers(props, port) if {
	p.tcp_udp(p.protocol(props, "Protocol"))
	range := cfn.value(props.PortRange)
	from := cfn.port(cfn.value(range.From))
	to := cfn.port(cfn.value(range.To))
	from <= port
	port <= to
}
