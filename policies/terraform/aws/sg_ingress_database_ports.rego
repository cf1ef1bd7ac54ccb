# METADATA
# title: Security group allows ingress from the internet to database ports
# description: >-
#   A TCP or UDP ingress rule (inline `ingress` of `aws_security_group`,
#   `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`) lets
#   0.0.0.0/0 or ::/0 reach a database or cache port: SQL Server 1433, Oracle
#   1521, MySQL 3306, PostgreSQL 5432, Redshift 5439, CouchDB 5984, Redis
#   6379, Cassandra 9042, Elasticsearch/OpenSearch 9200 and 9300, Memcached
#   11211, MongoDB 27017 (`data.verdict.config.database_ports`). Databases
#   are scanned for and brute-forced within minutes of being exposed. Rules
#   for every port are reported by VD-TF-AWS-039.
# related_resources:
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group
# custom:
#   id: VD-TF-AWS-040
#   severity: high
#   remediation: >-
#     Allow the database port only from the application's security group
#     (`source_security_group_id` / `referenced_security_group_id`) or the
#     private networks that need it.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["EC2.19"]
#     NIST-800-53: ["SC-7"]
#     PCI-DSS-4.0: ["1.3.1", "1.4.4"]
#   example: |
#     resource "aws_vpc_security_group_ingress_rule" "postgres" {
#       security_group_id = aws_security_group.db.id
#       cidr_ipv4         = "0.0.0.0/0"
#       ip_protocol       = "tcp"
#       from_port         = 5432
#       to_port           = 5432
#     }
package verdict.terraform.aws.sg_ingress_database_ports

import data.verdict.lib.terraform_aws_identity as id
import rego.v1

ports := id.port_list("database_ports", [1433, 1521, 3306, 5432, 5439, 5984, 6379, 9042, 9200, 9300, 11211, 27017])

deny contains {
	"msg": sprintf("%s allows ingress from %s to database port(s) %s", [x.r.address, cidr, id.port_text(reached)]),
	"path": path,
	"resource": x.r.address,
} if {
	some x in id.sg_entries
	x.direction == "ingress"
	reached := id.ports_reached(x, ports)
	count(reached) > 0
	some [cidr, path] in id.open_sources(x)
}
