# METADATA
# title: Security group allows database or high-risk ports from the Internet
# description: >-
#   An ingress rule of an `AWS::EC2::SecurityGroup` (inline) or an
#   `AWS::EC2::SecurityGroupIngress` that lets 0.0.0.0/0 or ::/0 reach a
#   database, cache, search, file-sharing or cleartext-protocol port exposes
#   services that should never face the Internet to scanning, brute force and
#   data theft. A TCP/UDP rule covers a port when its `FromPort`..`ToPort`
#   range includes it; all-traffic rules (VD-CFN-021) and SSH/RDP (VD-CFN-004)
#   are reported elsewhere. The ports are `data.verdict.config.high_risk_ports`
#   (default FTP 20-21, Telnet 23, RPC/NetBIOS/SMB 135, 137-139, 445, MSSQL
#   1433-1434, Oracle 1521, Docker 2375-2376, MySQL 3306, PostgreSQL 5432,
#   Redshift 5439, Kibana 5601, CouchDB 5984, Redis 6379, Cassandra 9042,
#   Elasticsearch 9200 and 9300, Memcached 11211, MongoDB 27017).
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group-ingress.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19
# custom:
#   id: VD-CFN-022
#   severity: high
#   remediation: >-
#     Replace the 0.0.0.0/0 (or ::/0) source with the security group of the
#     application tier (`SourceSecurityGroupId`) or a private CIDR, and keep
#     databases in private subnets.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["EC2.19"]
#     NIST-800-53: ["AC-4", "SC-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     Resources:
#       Db:
#         Type: AWS::EC2::SecurityGroup
#         Properties:
#           GroupDescription: database
#           SecurityGroupIngress:
#             - IpProtocol: tcp
#               FromPort: 3306
#               ToPort: 3306
#               CidrIp: 0.0.0.0/0
package verdict.cloudformation.security_group_high_risk_ports

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import data.verdict.lib.cloudformation_platform_sets as sets
import rego.v1

high_risk_ports := cfn.config("high_risk_ports", [
	20, 21, 23, 135, 137, 138, 139, 445, 1433, 1434, 1521, 2375, 2376, 3306, 5432,
	5439, 5601, 5984, 6379, 9042, 9200, 9300, 11211, 27017,
])

deny contains {
	"msg": sprintf("%s %q allows %s to port(s) %s", [g.what, g.resource, o.cidr, concat(", ", ports)]),
	"path": array.concat(g.path, [o.field]),
	"resource": g.resource,
} if {
	some g in sets.sg_rules
	g.direction == "ingress"
	some o in p.open_to_world(g.rule)
	p.tcp_udp(p.protocol(g.rule, "IpProtocol"))
	range := p.port_range(g.rule, "FromPort", "ToPort")
	not full(range)
	ports := [sprintf("%v", [port]) | some port in high_risk_ports; range.from <= port; port <= range.to]
	count(ports) > 0
}

full(range) if {
	range.from <= 0
	range.to >= 65535
}
