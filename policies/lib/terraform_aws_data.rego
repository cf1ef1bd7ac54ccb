# Shared helpers for the Terraform AWS data-service rules (S3 policies, EFS,
# RDS, Redshift, …): resource policies read as statements whether written as
# JSON (a literal, `jsonencode`, a plan's rendered value) or as a reference to
# a `data "aws_iam_policy_document"` of the same module, and links between a
# resource and the resources that configure it by name or reference.
package verdict.lib.terraform_aws_data

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

# The policy document at argument `key` of `r`, as {"statements": [...],
# "complete": bool}; each statement is {"effect", "actions", "any_principal",
# "conditions": [{"test", "variable", "values"}]}. `complete` is false when
# part of the document cannot be read (a dynamic or unknown statement, source
# or override documents). Undefined when the document cannot be read at all.
policy_doc(r, key) := {"statements": sts, "complete": true} if {
	parsed := aws.policy_statements(r.config[key])
	sts := [json_statement(st) | some st in parsed]
}

policy_doc(r, key) := d if {
	not aws.is_plan(r)
	source := referenced_document(r.config[key])
	d := document(source)
}

document(doc) := {"statements": block_statements(doc), "complete": document_complete(doc)}

block_statements(doc) := [block_statement(st) | some st in block_list(doc, "statement"); is_object(st)]

# `${data.aws_iam_policy_document.NAME.json}` (or `NAME[0].json`): its first body.
referenced_document(expr) := doc if {
	is_string(expr)
	prefix := "${data.aws_iam_policy_document."
	startswith(expr, prefix)
	endswith(expr, ".json}")
	count(split(expr, "${")) == 2
	name := aws.leading_name(substring(expr, count(prefix), -1))
	doc := input.data.aws_iam_policy_document[name][0]
	is_object(doc)
}

document_complete(doc) if {
	not tf.unknown(object.get(doc, "statement", []))
	not doc.dynamic
	not doc.source_policy_documents
	not doc.override_policy_documents
	not doc.source_json
	not doc.override_json
	count([st | some st in block_list(doc, "statement"); not block_statement_known(st)]) == 0
} else := false

json_statement(st) := {
	"effect": object.get(st, "Effect", ""),
	"actions": aws.as_list(object.get(st, "Action", [])),
	"any_principal": json_any_principal(object.get(st, "Principal", null)),
	"conditions": json_conditions(object.get(st, "Condition", {})),
}

json_any_principal(p) := true if {
	p == "*"
} else := true if {
	is_object(p)
	"*" in aws.as_list(object.get(p, "AWS", []))
} else := false

json_conditions(c) := [{"test": test, "variable": variable, "values": aws.as_list(values)} |
	is_object(c)
	some test, by_key in c
	is_object(by_key)
	some variable, values in by_key
]

block_statement(st) := {
	"effect": object.get(st, "effect", "Allow"),
	"actions": aws.as_list(object.get(st, "actions", [])),
	"any_principal": block_any_principal(st),
	"conditions": [{"test": c.test, "variable": c.variable, "values": aws.as_list(c.values)} |
		some c in block_list(st, "condition")
	],
}

block_list(st, name) := st[name] if is_array(st[name])

else := []

block_any_principal(st) if {
	some p in block_list(st, "principals")
	p.type in {"*", "AWS"}
	"*" in aws.as_list(p.identifiers)
} else := false

# The effect and conditions of a statement block are written out (no
# expression, no dynamic block): whether it is a Deny for insecure transport
# can be told. (An unknown principal only hides a public grant, which
# `block_any_principal` then does not claim.)
block_statement_known(st) if {
	is_object(st)
	not st.dynamic
	parts := [object.get(st, "effect", ""), object.get(st, "condition", [])]
	count([v | walk(parts, [_, v]); tf.unknown(v)]) == 0
}

# A Deny statement for requests not sent over TLS (`aws:SecureTransport`
# false).
denies_insecure_transport(st) if {
	st.effect == "Deny"
	some c in st.conditions
	lower(c.variable) == "aws:securetransport"
	lower(c.test) in {"bool", "boolifexists"}
	some v in c.values
	lower(sprintf("%v", [v])) == "false"
}

# The readable document at `key` has no such Deny.
lacks_tls_deny(r, key) if {
	doc := policy_doc(r, key)
	doc.complete
	count([st | some st in doc.statements; denies_insecure_transport(st)]) == 0
}

# An Allow statement for any principal, with no condition narrowing it.
public_allow(st) if {
	st.effect == "Allow"
	st.any_principal
	count(st.conditions) == 0
}

# Resource `o` names resource `t` in its argument `key`: the literal value of
# `t`'s `id_key`, or a reference to `t` (same module).
names(o, key, t, id_key) if {
	v := o.config[key]
	is_string(v)
	not tf.unknown(v)
	v == t.config[id_key]
}

names(o, key, t, _) if {
	aws.module_of(o) == aws.module_of(t)
	t.name in referenced(o, key, t.type)
}

# Resource `o` configures resource `t` through its argument `key`: it names
# `t`, or its `key` cannot be resolved and refers to no resource of `t`'s type
# (conservatively: every such resource of the module).
links(o, key, t, id_key) if names(o, key, t, id_key)

links(o, key, t, _) if {
	aws.module_of(o) == aws.module_of(t)
	not literal(o, key)
	count(referenced(o, key, t.type)) == 0
}

literal(o, key) if {
	is_string(o.config[key])
	not tf.unknown(o.config[key])
}

referenced(o, key, type) := {name | some expr in aws.references(o, key); some name in aws.referenced_names(expr, type)}

# Some resource of type `type` configures `t`.
linked(t, type, key, id_key) if {
	some o in tf.of_type(type)
	links(o, key, t, id_key)
}

# The values of the `parameter { name, value }` blocks named `name` of a
# parameter group, lower-cased; "<unknown>" for an expression or generated
# blocks.
parameter_values(r, name) := {v |
	some p in block_list(r.config, "parameter")
	p.name == name
	v := parameter_value(p.value)
} | generated_parameters(r)

parameter_value(v) := "<unknown>" if tf.unknown(v)

else := lower(sprintf("%v", [v]))

generated_parameters(r) := {"<unknown>"} if {
	r.config.dynamic.parameter
} else := {"<unknown>"} if {
	tf.unknown(r.config.parameter)
} else := set()

# Where a finding about parameter `name` points: its value, else the resource.
parameter_path(r, name) := array.concat(r.path, ["parameter", i, "value"]) if {
	some i, p in block_list(r.config, "parameter")
	p.name == name
} else := r.path

# An `aws_db_instance` that is a read replica: it takes its settings from its
# source.
rds_replica(r) if aws.value(r, ["replicate_source_db"], "") != ""

rds_replica(r) if aws.unknown_at(r, ["replicate_source_db"])

# An `aws_db_instance` of an Aurora engine: a member of a cluster, which holds
# the settings.
aurora_member(r) if {
	r.type == "aws_db_instance"
	startswith(aws.value(r, ["engine"], ""), "aurora")
}

# The resource names its engine: an `aws_db_instance` without `engine` is
# restored from a snapshot (or incomplete), and is not judged on settings
# that depend on what it is.
rds_engine_written(r) if r.type != "aws_db_instance"

rds_engine_written(r) if object.get(r.config, "engine", null) != null

rds_engine_written(r) if aws.unknown_at(r, ["engine"])

# An RDS instance or cluster that holds its own settings.
rds_judged(r) if {
	not rds_replica(r)
	not aurora_member(r)
	rds_engine_written(r)
}

# A `dynamic "<name>"` block appears anywhere in the resource (nested blocks
# included): what it generates cannot be read here.
generated(r, name) if {
	walk(r.config, [p, v])
	count(p) > 0
	p[count(p) - 1] == "dynamic"
	is_object(v)
	v[name]
}

# An Aurora Serverless v1 cluster (`engine_mode = "serverless"`).
serverless_v1(r) if {
	r.type == "aws_rds_cluster"
	aws.value(r, ["engine_mode"], "provisioned") == "serverless"
}
