# METADATA
# title: Security group allows admin ports from the Internet
# description: >-
#   An ingress rule of an `AWS::EC2::SecurityGroup` (inline
#   `SecurityGroupIngress`) or an `AWS::EC2::SecurityGroupIngress` that lets
#   0.0.0.0/0 or ::/0 reach a remote administration port (SSH, RDP) exposes it
#   to brute force and exploitation from anywhere. A rule covers a port when
#   its TCP/UDP `FromPort`..`ToPort` range includes it, or when `IpProtocol` is
#   -1 (all traffic). The ports are `data.verdict.config.admin_ports` (default
#   [22, 3389]). A CIDR taken from a parameter counts by the parameter's
#   `Default`; other intrinsics are not evaluated.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group-ingress.html
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-securitygroupingress.html
#   - https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
# custom:
#   id: VD-CFN-004
#   severity: high
#   remediation: >-
#     Replace `CidrIp: 0.0.0.0/0` (or `CidrIpv6: ::/0`) on the SSH/RDP rule
#     with the CIDR of your admin network or VPN, or a `SourceSecurityGroupId`
#     of a bastion; better, remove the rule and use SSM Session Manager.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["5.2", "5.3"]
#     AWS-FSBP: ["EC2.13", "EC2.14"]
#     NIST-800-53: ["AC-4", "SC-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     Resources:
#       Web:
#         Type: AWS::EC2::SecurityGroup
#         Properties:
#           GroupDescription: web
#           SecurityGroupIngress:
#             - IpProtocol: tcp
#               FromPort: 22
#               ToPort: 22
#               CidrIp: 0.0.0.0/0
package verdict.cloudformation.security_group_admin_ports

import data.verdict.lib.cloudformation as cfn
import rego.v1

admin_ports := cfn.config("admin_ports", [22, 3389])

# Each ingress rule with its path.
ingress contains {"what": "security group", "resource": r.name, "rule": rule, "path": array.concat(r.path, ["SecurityGroupIngress", i])} if {
	some r in cfn.of_type("AWS::EC2::SecurityGroup")
	is_array(r.properties.SecurityGroupIngress)
	some i, rule in r.properties.SecurityGroupIngress
	is_object(rule)
}

ingress contains {"what": "security group ingress", "resource": r.name, "rule": r.properties, "path": r.path} if {
	some r in cfn.of_type("AWS::EC2::SecurityGroupIngress")
}

world := {"CidrIp": "0.0.0.0/0", "CidrIpv6": "::/0"}

deny contains {
	"msg": sprintf("%s %q allows %s to admin port(s) %s", [g.what, g.resource, cidr, concat(", ", ports)]),
	"path": array.concat(g.path, [field]),
	"resource": g.resource,
} if {
	some g in ingress
	some field, cidr in world
	cfn.value(g.rule[field]) == cidr
	ports := [sprintf("%v", [port]) | some port in admin_ports; covers(g.rule, port)]
	count(ports) > 0
}

# IpProtocol -1: every protocol and port.
covers(rule, _) if protocol(rule) in {"-1", "all"}

covers(rule, port) if {
	protocol(rule) in {"tcp", "udp", "6", "17"}
	from := cfn.port(cfn.value(rule.FromPort))
	to := cfn.port(cfn.value(rule.ToPort))
	from <= port
	port <= to
}

protocol(rule) := lower(format_int(p, 10)) if {
	p := cfn.value(rule.IpProtocol)
	is_number(p)
} else := lower(p) if {
	p := cfn.value(rule.IpProtocol)
	is_string(p)
}
