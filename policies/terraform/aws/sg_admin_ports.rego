# METADATA
# title: Security group allows ingress from the internet to admin ports
# description: >-
#   An ingress rule (an inline `ingress` block of `aws_security_group`, an
#   `aws_security_group_rule` of type "ingress" or an
#   `aws_vpc_security_group_ingress_rule`) opens a remote administration port
#   to 0.0.0.0/0 or ::/0, over TCP, UDP or all protocols (`-1`, which also
#   covers every port), exposing SSH/RDP to brute force and exploits. The ports
#   come from `data.verdict.config.admin_ports` (default [22, 3389]); a port
#   range covering one of them counts.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html
# custom:
#   id: VD-TF-AWS-006
#   severity: high
#   remediation: >-
#     Restrict `cidr_blocks`/`cidr_ipv4` to the administrators' networks (or a
#     bastion's security group via `source_security_group_id`), or drop the
#     rule and reach instances through AWS Systems Manager Session Manager.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["5.2", "5.3"]
#     AWS-FSBP: ["EC2.19"]
#     NIST-800-53: ["SC-7", "AC-17"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     resource "aws_security_group" "bastion" {
#       ingress {
#         from_port   = 22
#         to_port     = 22
#         protocol    = "tcp"
#         cidr_blocks = ["0.0.0.0/0"]
#       }
#     }
package verdict.terraform.aws.sg_admin_ports

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

# Every ingress rule as {r, body, path, protocol}.
ingress contains {"r": r, "body": body, "path": array.concat(r.path, ["ingress", i]), "protocol": body.protocol} if {
	some r in tf.of_type("aws_security_group")
	is_array(r.config.ingress)
	some i, body in r.config.ingress
}

ingress contains {"r": r, "body": r.config, "path": r.path, "protocol": r.config.protocol} if {
	some r in tf.of_type("aws_security_group_rule")
	r.config.type == "ingress"
}

ingress contains {"r": r, "body": r.config, "path": r.path, "protocol": r.config.ip_protocol} if {
	some r in tf.of_type("aws_vpc_security_group_ingress_rule")
}

# The open CIDRs of a rule, with their path.
open_sources(x) := {[c, array.concat(x.path, [key, j])] |
	some key in ["cidr_blocks", "ipv6_cidr_blocks"]
	is_array(x.body[key])
	some j, c in x.body[key]
	aws.open_cidr(c)
} | {[c, array.concat(x.path, [key])] |
	some key in ["cidr_ipv4", "cidr_ipv6"]
	c := x.body[key]
	aws.open_cidr(c)
}

deny contains {
	"msg": sprintf("%s allows ingress from %s to admin port(s) %s", [x.r.address, cidr, concat(", ", [sprintf("%d", [p]) | some p in sort(ports)])]),
	"path": path,
	"resource": x.r.address,
} if {
	some x in ingress
	ports := aws.admin_ports_reached(x.protocol, object.get(x.body, "from_port", null), object.get(x.body, "to_port", null))
	count(ports) > 0
	some [cidr, path] in open_sources(x)
}
