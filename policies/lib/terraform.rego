# Shared helpers for Terraform rules: one view of managed resources whether
# the input is HCL (conftest's hcl2json shape) or a plan (`terraform show -json`).
package verdict.lib.terraform

import rego.v1

# Each resource as {type, name, address, config, path}: `config` holds the
# arguments (HCL block body or planned values; nested blocks are lists of
# objects in both), `path` points at it so findings get their line.
resources contains r if {
	is_object(input.resource)
	some type, by_name in input.resource
	is_object(by_name)
	some name, bodies in by_name
	is_array(bodies)
	some i, body in bodies
	r := {
		"type": type,
		"name": name,
		"address": hcl_address(type, name, i),
		"config": body,
		"path": ["resource", type, name, i],
	}
}

# A resource's address in an evaluated configuration: verdict names each body
# under `__verdict__` (module instances: `module.db.aws_db_instance.this`;
# `count`/`for_each` instances: `aws_s3_bucket.b["logs"]`). As written, it is
# `type.name`.
hcl_address(type, name, i) := a if {
	a := input.__verdict__.addresses.resource[type][name][i]
} else := sprintf("%s.%s", [type, name])

resources contains r if {
	is_object(input.planned_values)
	walk(input.planned_values, [p, v])
	is_object(v)
	v.mode == "managed"
	is_string(v.type)
	is_object(v.values)
	r := {
		"type": v.type,
		"name": v.name,
		"address": v.address,
		"config": v.values,
		"path": array.concat(array.concat(["planned_values"], p), ["values"]),
	}
}

# Resources of one type.
of_type(t) := {r | some r in resources; r.type == t}

# An HCL expression the plan would resolve (`${var.x}`): its value is unknown here.
unknown(v) if {
	is_string(v)
	contains(v, "${")
}

# A setting from data.verdict.config, or the default. (Not `object.get(data, …)`:
# reading all of `data` from a policy is recursive in OPA.)
config(key, default_value) := value if {
	value := data.verdict.config[key]
} else := default_value

# The path to an argument of a resource (for a finding's line).
attr_path(r, keys) := array.concat(r.path, keys)
