# METADATA
# title: Network ACL allows ingress from the internet to admin ports
# description: >-
#   A network ACL ingress rule (`aws_network_acl_rule` with `egress = false`,
#   or an inline `ingress` block of `aws_network_acl` /
#   `aws_default_network_acl`) allows 0.0.0.0/0 or ::/0 to reach a remote
#   administration port over TCP, UDP or all protocols (`-1`). The ports come
#   from `data.verdict.config.admin_ports` (default [22, 3389]).
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule
#   - https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
# custom:
#   id: VD-TF-AWS-008
#   severity: medium
#   remediation: >-
#     Replace the allow rule's `cidr_block = "0.0.0.0/0"` with the
#     administrators' networks, or limit its port range so that it excludes 22
#     and 3389 (add a lower-numbered `rule_action = "deny"` rule for them).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["5.1"]
#     AWS-FSBP: ["EC2.21"]
#     NIST-800-53: ["SC-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     resource "aws_network_acl_rule" "ssh" {
#       network_acl_id = aws_network_acl.public.id
#       rule_number    = 100
#       egress         = false
#       protocol       = "tcp"
#       rule_action    = "allow"
#       cidr_block     = "0.0.0.0/0"
#       from_port      = 22
#       to_port        = 22
#     }
package verdict.terraform.aws.nacl_admin_ports

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

# Allowing ingress entries as {r, body, path}.
entries contains {"r": r, "body": body, "path": array.concat(r.path, ["ingress", i])} if {
	some r in tf.resources
	r.type in {"aws_network_acl", "aws_default_network_acl"}
	is_array(r.config.ingress)
	some i, body in r.config.ingress
	is_string(body.action)
	lower(body.action) == "allow"
}

entries contains {"r": r, "body": r.config, "path": r.path} if {
	some r in tf.of_type("aws_network_acl_rule")
	egress := aws.value(r, ["egress"], false)
	aws.is_false(egress)
	is_string(r.config.rule_action)
	lower(r.config.rule_action) == "allow"
}

deny contains {
	"msg": sprintf("%s allows ingress from %s to admin port(s) %s", [x.r.address, x.body[key], concat(", ", [sprintf("%d", [p]) | some p in sort(ports)])]),
	"path": array.concat(x.path, [key]),
	"resource": x.r.address,
} if {
	some x in entries
	some key in ["cidr_block", "ipv6_cidr_block"]
	aws.open_cidr(x.body[key])
	ports := aws.admin_ports_reached(x.body.protocol, object.get(x.body, "from_port", null), object.get(x.body, "to_port", null))
	count(ports) > 0
}
