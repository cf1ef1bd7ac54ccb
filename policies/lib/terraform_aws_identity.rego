# Shared helpers for the Terraform AWS identity, network, logging and key
# rules: every IAM-style policy statement of the document in one normalized
# shape (JSON strings in resources, `aws_iam_policy_document` data sources),
# security group and network ACL entries, and which resource of a module
# refers to which (flow logs to VPCs, rotations to secrets).
package verdict.lib.terraform_aws_identity

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

# ---------------------------------------------------------------------------
# Policy statements

# The arguments holding a policy document, by resource type, and the role
# the document plays there: identity (permissions of a principal), trust
# (who may assume a role), kms (key policy), endpoint (VPC endpoint policy),
# secret (Secrets Manager resource policy).
policy_args := {
	"aws_iam_policy": {"policy": "identity"},
	"aws_iam_role_policy": {"policy": "identity"},
	"aws_iam_user_policy": {"policy": "identity"},
	"aws_iam_group_policy": {"policy": "identity"},
	"aws_ssoadmin_permission_set_inline_policy": {"inline_policy": "identity"},
	"aws_iam_role": {"assume_role_policy": "trust"},
	"aws_kms_key": {"policy": "kms"},
	"aws_kms_key_policy": {"policy": "kms"},
	"aws_kms_replica_key": {"policy": "kms"},
	"aws_kms_external_key": {"policy": "kms"},
	"aws_kms_replica_external_key": {"policy": "kms"},
	"aws_vpc_endpoint": {"policy": "endpoint"},
	"aws_vpc_endpoint_policy": {"policy": "endpoint"},
	"aws_secretsmanager_secret": {"policy": "secret"},
	"aws_secretsmanager_secret_policy": {"policy": "secret"},
}

# Every statement, as {address, kinds, path, hcl, keys, effect, actions,
# not_actions, resources, not_resources, principals ([{type, ids}]),
# not_principal, conditions ([{test, variable, values}]), conditions_unknown}.
# `path` points at the policy argument (JSON: the whole document is one
# string) or at the data source's `statement` block; `kinds` is a set of the
# roles above, or {"document"} for a data source no argument of the module
# is seen to use.
statements contains s if {
	some r in tf.resources
	some key, kind in policy_args[r.type]
	some st in aws.policy_statements(r.config[key])
	is_object(st)
	s := object.union(json_statement(st), {
		"address": r.address,
		"kinds": {kind},
		"path": tf.attr_path(r, [key]),
		"hcl": false,
		"keys": set(),
	})
}

# aws_iam_role inline_policy blocks.
statements contains s if {
	some r in tf.of_type("aws_iam_role")
	is_array(r.config.inline_policy)
	some i, inline in r.config.inline_policy
	is_object(inline)
	some st in aws.policy_statements(inline.policy)
	is_object(st)
	s := object.union(json_statement(st), {
		"address": r.address,
		"kinds": {"identity"},
		"path": tf.attr_path(r, ["inline_policy", i, "policy"]),
		"hcl": false,
		"keys": set(),
	})
}

# data "aws_iam_policy_document" statements (HCL).
statements contains s if {
	documents := input.data.aws_iam_policy_document
	is_object(documents)
	some name, bodies in documents
	is_array(bodies)
	some i, body in bodies
	is_object(body)
	is_array(body.statement)
	some j, st in body.statement
	is_object(st)
	s := object.union(hcl_statement(st), {
		"address": data_address("aws_iam_policy_document", name, i),
		"kinds": document_kinds(name),
		"path": ["data", "aws_iam_policy_document", name, i, "statement", j],
		"hcl": true,
		"keys": object.keys(st),
	})
}

# A data source's address: `module.m.data.aws_iam_policy_document.d["a"]` in
# an evaluated module instance, else `data.TYPE.NAME`.
data_address(type, name, i) := a if {
	a := input.__verdict__.addresses.data[type][name][i]
} else := sprintf("data.%s.%s", [type, name])

# The roles a data source document plays: the kinds of the policy arguments
# that refer to it, or {"document"} when none does.
document_kinds(name) := kinds if {
	kinds := {kind | some [n, kind] in document_uses; n == name}
	count(kinds) > 0
} else := {"document"}

# [document name, kind] for each policy argument written as a reference to
# data.aws_iam_policy_document.<name>.
document_uses contains [name, kind] if {
	some r in tf.resources
	some key, kind in policy_args[r.type]
	some name in aws.referenced_names(r.config[key], "data.aws_iam_policy_document")
}

document_uses contains [name, "identity"] if {
	some r in tf.of_type("aws_iam_role")
	is_array(r.config.inline_policy)
	some inline in r.config.inline_policy
	is_object(inline)
	some name in aws.referenced_names(inline.policy, "data.aws_iam_policy_document")
}

json_statement(st) := {
	"effect": object.get(st, "Effect", ""),
	"actions": strings(object.get(st, "Action", [])),
	"not_actions": strings(object.get(st, "NotAction", [])),
	"resources": strings(object.get(st, "Resource", [])),
	"not_resources": strings(object.get(st, "NotResource", [])),
	"principals": json_principals(object.get(st, "Principal", null)),
	"not_principal": "NotPrincipal" in object.keys(st),
	"conditions": json_conditions(object.get(st, "Condition", {})),
	"conditions_unknown": false,
}

hcl_statement(st) := {
	"effect": object.get(st, "effect", "Allow"),
	"actions": strings(object.get(st, "actions", [])),
	"not_actions": strings(object.get(st, "not_actions", [])),
	"resources": strings(object.get(st, "resources", [])),
	"not_resources": strings(object.get(st, "not_resources", [])),
	"principals": [{"type": object.get(p, "type", ""), "ids": strings(object.get(p, "identifiers", []))} |
		some p in blocks(st, "principals")
	],
	"not_principal": count(blocks(st, "not_principals")) + count(dynamic_names(st) & {"not_principals"}) > 0,
	"conditions": [{"test": object.get(c, "test", ""), "variable": object.get(c, "variable", ""), "values": strings(object.get(c, "values", []))} |
		some c in blocks(st, "condition")
	],
	"conditions_unknown": hcl_conditions_unknown(st),
}

# The conditions of an HCL statement are not all known: a `dynamic
# "condition"` block, or `condition` written as an expression.
hcl_conditions_unknown(st) := true if {
	"condition" in dynamic_names(st)
} else := true if {
	tf.unknown(st.condition)
} else := false

dynamic_names(st) := {k | some k, _ in st.dynamic} if is_object(st.dynamic)

else := {k | some d in st.dynamic; is_object(d); some k, _ in d} if is_array(st.dynamic)

else := set()

blocks(obj, key) := [b | some b in obj[key]; is_object(b)] if is_array(obj[key])

else := []

# Strings of a value that is one string or a list (numbers and booleans of a
# JSON document as their text).
strings(x) := [sprintf("%v", [v]) | some v in aws.as_list(x); scalar(v)]

scalar(v) if is_string(v)

scalar(v) if is_number(v)

scalar(v) if is_boolean(v)

json_principals(p) := [{"type": "*", "ids": ["*"]}] if p == "*"

else := [{"type": t, "ids": strings(ids)} | some t, ids in p] if is_object(p)

else := []

json_conditions(c) := [{"test": op, "variable": k, "values": strings(v)} |
	some op, vars in c
	is_object(vars)
	some k, v in vars
] if is_object(c)

else := []

# Where a finding about the statement's argument `key` (HCL names: actions,
# resources, principals, condition, …) points.
stmt_path(st, key) := array.concat(st.path, [key]) if {
	st.hcl
	key in st.keys
} else := st.path

allows(st) if st.effect == "Allow"

# A statement of a permissions policy: an identity policy, or a data source
# document no resource policy uses, without a principal.
identity_statement(st) if {
	some kind in st.kinds
	kind in {"identity", "document"}
	count(st.principals) == 0
	not st.not_principal
}

# Actions that let a principal assume a role.
assume_actions := {"sts:assumerole", "sts:assumerolewithwebidentity", "sts:assumerolewithsaml", "sts:*", "*"}

# A statement of a role trust policy: the role's assume_role_policy, or a data
# source document that no other argument uses and grants sts:AssumeRole* to
# a principal.
trust_statement(st) if "trust" in st.kinds

trust_statement(st) if {
	"document" in st.kinds
	count(st.principals) > 0
	some a in st.actions
	lower(a) in assume_actions
}

# Any principal at all: "Principal": "*", {"AWS": "*"}, or principals
# { type = "*" / "AWS", identifiers = ["*"] }.
public_principal(st) if {
	some p in st.principals
	lower(p.type) in {"*", "aws"}
	"*" in p.ids
}

# The statement's conditions are known and there are none.
unconditioned(st) if {
	count(st.conditions) == 0
	not st.conditions_unknown
}

# IAM action names and patterns: case-insensitive, `*` and `?` wildcards.
# Only patterns of action characters are read as patterns.
action_matches(pattern, action) if lower(pattern) == action

action_matches(pattern, action) if {
	p := lower(pattern)
	p != action
	regex.match(`^[a-z0-9:*?-]+$`, p)
	contains_wildcard(p)
	regex.match(sprintf("^%s$", [replace(replace(p, "*", ".*"), "?", ".")]), action)
}

contains_wildcard(p) if contains(p, "*")

contains_wildcard(p) if contains(p, "?")

# Every action (`*`) or every action of one service (`s3:*`).
full_wildcard(a) if a == "*"

full_wildcard(a) if service_wildcard(a)

service_wildcard(a) if regex.match(`^[A-Za-z0-9-]+:\*$`, a)

# ---------------------------------------------------------------------------
# References between resources of one module

# Resources of `from_type` whose argument `key` refers to resource `target`
# (`vpc_id = aws_vpc.main.id`), or cannot be resolved and so might (a
# variable, a local): the target is covered.
referenced_by(target, from_type, key) if {
	some o in tf.of_type(from_type)
	aws.module_of(o) == aws.module_of(target)
	refers_to(o, key, target)
}

refers_to(o, key, target) if target.name in ref_names(o, key, target.type)

refers_to(o, key, target) if {
	aws.unknown_at(o, [key])
	count(ref_names(o, key, target.type)) == 0
	not references_other(o, key, target.type)
}

# The names of `type` resources the argument refers to.
ref_names(o, key, type) := {name |
	some expr in aws.references(o, key)
	some name in aws.referenced_names(expr, type)
}

# It refers to a resource of the same type of another module call or a data
# source (`data.aws_vpc.main.id`): it is known not to be one of ours.
references_other(o, key, type) if {
	some expr in aws.references(o, key)
	count(aws.referenced_names(expr, sprintf("data.%s", [type]))) > 0
}

# ---------------------------------------------------------------------------
# Security groups

# Every security group rule, as {r, body, path, direction, protocol}: the
# inline ingress/egress blocks of aws_security_group, aws_security_group_rule
# and the aws_vpc_security_group_{ingress,egress}_rule resources.
sg_entries contains {"r": r, "body": body, "path": array.concat(r.path, [direction, i]), "direction": direction, "protocol": object.get(body, "protocol", null)} if {
	some r in tf.of_type("aws_security_group")
	some direction in ["ingress", "egress"]
	is_array(r.config[direction])
	some i, body in r.config[direction]
	is_object(body)
}

sg_entries contains {"r": r, "body": r.config, "path": r.path, "direction": r.config.type, "protocol": object.get(r.config, "protocol", null)} if {
	some r in tf.of_type("aws_security_group_rule")
	r.config.type in {"ingress", "egress"}
}

sg_entries contains {"r": r, "body": r.config, "path": r.path, "direction": direction, "protocol": object.get(r.config, "ip_protocol", null)} if {
	some [type, direction] in [["aws_vpc_security_group_ingress_rule", "ingress"], ["aws_vpc_security_group_egress_rule", "egress"]]
	some r in tf.of_type(type)
}

# The open CIDRs of an entry, as [cidr, path].
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

# The entry allows every protocol, or every TCP or UDP port.
all_traffic(x) if aws.all_protocols(x.protocol)

all_traffic(x) if {
	aws.tcp_udp(x.protocol)
	aws.as_number(object.get(x.body, "from_port", null)) <= 1
	aws.as_number(object.get(x.body, "to_port", null)) >= 65535
}

# The ports of `ports` a TCP or UDP entry with a known port range (not every
# port) lets in.
ports_reached(x, ports) := {p |
	aws.tcp_udp(x.protocol)
	not all_traffic(x)
	from := aws.as_number(object.get(x.body, "from_port", null))
	to := aws.as_number(object.get(x.body, "to_port", null))
	some v in ports
	p := aws.as_number(v)
	from <= p
	p <= to
}

# A configured list of ports (numbers or numeric strings), or the default.
port_list(key, default_ports) := [p | some v in ports; p := aws.as_number(v)] if {
	ports := tf.config(key, default_ports)
	is_array(ports)
} else := []

port_text(ports) := concat(", ", [sprintf("%d", [p]) | some p in sort(ports)])
