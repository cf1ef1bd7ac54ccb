# Shared helpers for the Terraform AWS rules: reading an argument with its
# provider default the same way in HCL and in plans, linking the split S3
# bucket resources (AWS provider v4+) to their bucket, and IAM policy
# documents.
package verdict.lib.terraform_aws

import data.verdict.lib.terraform as tf
import rego.v1

is_plan(r) if r.path[0] == "planned_values"

# The `configuration` entry of a plan resource (its expressions and
# references): `module.a["k"].module.b.aws_x.y[0]` is the resource with address
# "aws_x.y" in configuration.root_module.module_calls.a.module.module_calls.b.module.
plan_config(r) := plan_configs[sprintf("%s.%s.%s", [plan_module(r), r.type, r.name])] if is_plan(r)

# Every configuration resource by module path and address, e.g.
# "module.a.module.b.aws_x.y" (root module resources: ".aws_x.y"), built once.
plan_configs[key] := cfg if {
	is_object(input.configuration)
	walk(input.configuration, [path, resources])
	count(path) > 0
	path[count(path) - 1] == "resources"
	is_array(resources)
	modules := [sprintf("module.%s", [path[i + 1]]) | some i, step in path; step == "module_calls"]
	some cfg in resources
	cfg.mode == "managed"
	key := sprintf("%s.%s", [concat(".", modules), cfg.address])
}

# The module part of a plan address without instance keys: "module.a.module.b"
# for `module.a["k"].module.b.aws_x.y[0]`, "" in the root module.
plan_module(r) := concat(".", [p | some i, p in parts; i < count(parts) - 2]) if {
	parts := split(strip_keys(r.address), ".")
}

# `a["x.y"].b[0]` → `a.b`: drop every `[...]`.
strip_keys(s) := concat("", array.concat([pieces[0]], [substring(p, indexof(p, "]") + 1, -1) | some i, p in pieces; i > 0])) if {
	pieces := split(s, "[")
}

# The argument at `keys` (e.g. ["metadata_options", 0, "http_tokens"]) is
# written in the configuration but its value is not known: an HCL expression,
# or a plan value computed at apply time.
unknown_at(r, keys) if {
	some i in numbers.range(1, count(keys))
	tf.unknown(object.get(r.config, array.slice(keys, 0, i), null))
}

# A `dynamic` block generates it.
unknown_at(r, keys) if r.config.dynamic[keys[0]]

unknown_at(r, keys) if {
	is_plan(r)
	object.get(r.config, keys, absent) == absent
	object.get(plan_config(r).expressions, keys, null) != null
}

# A marker no input holds, to tell an absent key from a null one.
absent := {"verdict.absent": true}

# The value of the argument at `keys`, or `fallback` when it is not set (absent
# or null; in a plan, absent and not written in the configuration, i.e. left
# to the provider). Undefined when the value is unknown.
value(r, keys, fallback) := v if {
	v := object.get(r.config, keys, null)
	v != null
	not tf.unknown(v)
}

value(r, keys, fallback) := fallback if {
	object.get(r.config, keys, null) == null
	not unknown_at(r, keys)
}

# Where a finding about the argument at `keys` points: the argument if it is
# written, else the closest enclosing block that is.
arg_path(r, keys) := array.concat(r.path, keys) if {
	object.get(r.config, keys, absent) != absent
} else := array.concat(r.path, array.slice(keys, 0, count(keys) - 1)) if {
	count(keys) > 1
	object.get(r.config, array.slice(keys, 0, count(keys) - 1), absent) != absent
} else := array.concat(r.path, array.slice(keys, 0, count(keys) - 2)) if {
	count(keys) > 2
	object.get(r.config, array.slice(keys, 0, count(keys) - 2), absent) != absent
} else := r.path

# Terraform converts "true"/"false" strings to booleans.
is_true(v) if v == true

is_true(v) if v == "true"

is_false(v) if v == false

is_false(v) if v == "false"

# A nested block (or a dynamic block generating it) is present.
has_block(r, name) if {
	is_array(r.config[name])
	count(r.config[name]) > 0
}

has_block(r, name) if tf.unknown(r.config[name])

has_block(r, name) if r.config.dynamic[name]

# Resources in the same module: HCL input is one module; in a plan the module
# is the path above `resources[i].values`.
module_of(r) := concat("/", [sprintf("%v", [p]) | some p in array.slice(r.path, 0, count(r.path) - 3)]) if is_plan(r)

module_of(r) := "" if not is_plan(r)

# The references an argument makes: the HCL expression itself, or the plan
# configuration's `references` list.
references(r, key) := {r.config[key]} if tf.unknown(r.config[key])

references(r, key) := {ref | some ref in plan_config(r).expressions[key].references} if is_plan(r)

# The names of the `type` resources an expression refers to:
# "${aws_s3_bucket.logs[0].id}" → {"logs"}; not data sources
# (`data.aws_s3_bucket.x`) nor longer types (`aws_s3_bucket_policy.x`).
# String functions rather than regex: the engine compiles a regex per call.
referenced_names(expr, type) := {name |
	parts := split(expr, sprintf("%s.", [type]))
	count(parts) > 1
	some i in numbers.range(1, count(parts) - 1)
	boundary(parts[i - 1])
	name := leading_name(parts[i])
	name != ""
}

name_chars := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"

boundary(prev) if prev == ""

boundary(prev) if {
	prev != ""
	last := substring(prev, count(prev) - 1, 1)
	not contains(concat("", [name_chars, "."]), last)
}

# The resource name at the start of `s` (letters, digits, `_`, `-`).
leading_name(s) := substring(s, 0, end) if {
	head := substring(s, 0, 64)
	head != ""
	stops := [i | some i in numbers.range(0, count(head) - 1); not contains(name_chars, substring(head, i, 1))]
	end := min(array.concat(stops, [count(head)]))
}

# Which buckets a bucket-scoped resource (aws_s3_bucket_versioning,
# aws_s3_bucket_public_access_block, …) applies to, as keys: "name:<bucket
# name>" (a known name), "ref:<module>:<resource name>" (a reference to
# aws_s3_bucket.<name>), or "any:<module>" when its `bucket` cannot be
# resolved (a variable, a local: conservatively every bucket of the module).
# Built once for the whole input: [type, key, resource].
bucket_links contains [o.type, sprintf("name:%s", [o.config.bucket]), o] if {
	some o in bucket_scoped
	literal_bucket(o)
}

bucket_links contains [o.type, sprintf("ref:%s:%s", [module_of(o), name]), o] if {
	some o in bucket_scoped
	some name in bucket_refs(o)
}

bucket_links contains [o.type, sprintf("any:%s", [module_of(o)]), o] if {
	some o in bucket_scoped
	not literal_bucket(o)
	count(bucket_refs(o)) == 0
}

bucket_scoped contains o if {
	some o in tf.resources
	startswith(o.type, "aws_s3_bucket_")
}

literal_bucket(o) if {
	is_string(o.config.bucket)
	not tf.unknown(o.config.bucket)
}

bucket_refs(o) := {name | some expr in references(o, "bucket"); some name in referenced_names(expr, "aws_s3_bucket")}

bucket_link_keys contains [t, key] if some [t, key, _] in bucket_links

# The keys under which resources for bucket `b` are indexed.
bucket_keys(b) := {sprintf("ref:%s:%s", [module_of(b), b.name]), sprintf("any:%s", [module_of(b)])} | name_keys(b)

name_keys(b) := {sprintf("name:%s", [b.config.bucket])} if {
	literal_bucket(b)
} else := set()

# Bucket `b` has a resource of type `t` applying to it.
has_bucket_resource(b, t) if {
	some key in bucket_keys(b)
	[t, key] in bucket_link_keys
}

# The resources of type `t` that apply to bucket `b`.
bucket_resources(b, t) := {o | some [t2, key, o] in bucket_links; t2 == t; key in bucket_keys(b)}

# Open to the whole internet.
open_cidr(c) if c in {"0.0.0.0/0", "::/0"}

# A port or protocol number written as a number or a numeric string.
as_number(v) := v if is_number(v)

as_number(v) := to_number(v) if {
	is_string(v)
	regex.match(`^-?[0-9]+$`, v)
}

# IANA protocol names and numbers for TCP and UDP, and "all".
all_protocols(p) if lower(sprintf("%v", [p])) in {"-1", "all"}

tcp_udp(p) if lower(sprintf("%v", [p])) in {"tcp", "6", "udp", "17"}

# data.verdict.config.admin_ports (numbers or numeric strings).
admin_ports := {p |
	ports := tf.config("admin_ports", [22, 3389])
	is_array(ports)
	some v in ports
	p := as_number(v)
}

# Remote administration ports (data.verdict.config.admin_ports) that a rule
# with this protocol and port range lets in.
admin_ports_reached(protocol, _, _) := admin_ports if all_protocols(protocol)

admin_ports_reached(protocol, from, to) := {p |
	some p in admin_ports
	as_number(from) <= p
	p <= as_number(to)
} if tcp_udp(protocol)

# IAM policy documents: a JSON string (literal in HCL, rendered in a plan)
# parsed into its statements; expressions (jsonencode, data sources) cannot
# be read here.
statements(doc) := [doc.Statement] if is_object(doc.Statement)

statements(doc) := doc.Statement if is_array(doc.Statement)

policy_statements(s) := statements(json.unmarshal(s)) if {
	is_string(s)
	not tf.unknown(s)
	json.is_valid(s)
}

# A statement that allows every action on every resource.
allows_all(st) if {
	st.Effect == "Allow"
	"*" in as_list(st.Action)
	"*" in as_list(st.Resource)
}

as_list(x) := x if is_array(x)

as_list(x) := [x] if not is_array(x)
