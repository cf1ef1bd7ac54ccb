# METADATA
# title: Network ACL allows all inbound traffic from the internet before any deny
# description: >-
#   A network ACL's ingress entry — an inline `ingress` block of
#   `aws_network_acl` / `aws_default_network_acl` or an
#   `aws_network_acl_rule` with `egress = false` — allows every protocol
#   (`-1`), or every TCP/UDP port, from 0.0.0.0/0 or ::/0, and no deny entry
#   of the same ACL comes before it (a lower rule number). Entries are
#   evaluated in order, so the subnet's only protection left is its
#   security groups. Entries whose rule number, action or ACL cannot be
#   resolved are counted as possible denies.
# related_resources:
#   - https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule
# custom:
#   id: VD-TF-AWS-044
#   severity: medium
#   remediation: >-
#     Allow only the ports the subnet serves (and the ephemeral return
#     ports), or put deny entries for what must stay closed (22, 3389,
#     database ports) at lower rule numbers than the allow-all entry.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["5.1"]
#     AWS-FSBP: ["EC2.21"]
#     NIST-800-53: ["SC-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     resource "aws_network_acl" "public" {
#       vpc_id = aws_vpc.main.id
#       ingress {
#         rule_no    = 100
#         protocol   = "-1"
#         action     = "allow"
#         cidr_block = "0.0.0.0/0"
#         from_port  = 0
#         to_port    = 0
#       }
#     }
package verdict.terraform.aws.nacl_allow_all_ingress

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_identity as id
import rego.v1

acl_types := ["aws_network_acl", "aws_default_network_acl"]

# Ingress entries as {r, body, path, protocol, number, action, acl, module}.
entries contains {
	"r": r, "body": body, "path": array.concat(r.path, ["ingress", i]),
	"protocol": object.get(body, "protocol", null), "number": object.get(body, "rule_no", null),
	"action": object.get(body, "action", null), "acl": sprintf("%s.%s", [r.type, r.name]), "module": aws.module_of(r),
} if {
	some type in acl_types
	some r in tf.of_type(type)
	is_array(r.config.ingress)
	some i, body in r.config.ingress
	is_object(body)
}

entries contains {
	"r": r, "body": r.config, "path": r.path,
	"protocol": object.get(r.config, "protocol", null), "number": object.get(r.config, "rule_number", null),
	"action": object.get(r.config, "rule_action", null), "acl": acl, "module": aws.module_of(r),
} if {
	some r in tf.of_type("aws_network_acl_rule")
	aws.is_false(aws.value(r, ["egress"], false))
	some acl in rule_acls(r)
}

# The ACLs an aws_network_acl_rule belongs to: "TYPE.NAME" of a referenced
# ACL, "id:<id>" for a literal id, "*" when it cannot be told.
rule_acls(r) := acls if {
	acls := {sprintf("%s.%s", [type, name]) | some type in acl_types; some name in id.ref_names(r, "network_acl_id", type)}
	count(acls) > 0
} else := {sprintf("id:%s", [r.config.network_acl_id])} if {
	is_string(r.config.network_acl_id)
	not tf.unknown(r.config.network_acl_id)
} else := {"*"}

deny contains {
	"msg": sprintf("%s allows all traffic from %s (rule %v) with no deny rule before it", [x.r.address, x.body[key], x.number]),
	"path": array.concat(x.path, [key]),
	"resource": x.r.address,
} if {
	some x in entries
	is_string(x.action)
	lower(x.action) == "allow"
	id.all_traffic(x)
	some key in ["cidr_block", "ipv6_cidr_block"]
	aws.open_cidr(x.body[key])
	n := aws.as_number(x.number)
	not preceded_by_deny(x, n)
}

preceded_by_deny(x, n) if {
	some d in entries
	d.module == x.module
	same_acl(d.acl, x.acl)
	may_deny(d)
	before(d, n)
}

same_acl(a, b) if a == b

same_acl(a, _) if a == "*"

same_acl(_, b) if b == "*"

may_deny(d) if {
	is_string(d.action)
	lower(d.action) == "deny"
}

may_deny(d) if not known_action(d)

known_action(d) if {
	is_string(d.action)
	not tf.unknown(d.action)
}

before(d, n) if aws.as_number(d.number) < n

before(d, _) if not aws.as_number(d.number)
