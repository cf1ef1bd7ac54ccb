# Shared helpers for CloudFormation rules: the template's resources, and what a
# property's value is when the stack is created. A rule must not fire on what
# it cannot evaluate, so an intrinsic function is "unknown" unless it resolves
# here: `Ref` to a template parameter (its `Default`, the value a stack gets
# unless overridden), `Ref: AWS::NoValue` (the property is absent), `Fn::Sub`
# of a string without `${}` (a literal) and `Fn::If` (every branch counts: the
# problem is proven only if every branch has it).
package verdict.lib.cloudformation

import rego.v1

# Each resource as {name, type, properties, path}; `path` points at its
# Properties so findings get their line.
resources contains r if {
	is_object(input.Resources)
	some name, res in input.Resources
	is_object(res)
	is_string(res.Type)
	r := {
		"name": name,
		"type": res.Type,
		"properties": properties(res),
		"path": ["Resources", name, "Properties"],
	}
}

properties(res) := res.Properties if is_object(res.Properties)

else := {}

# Resources of one type.
of_type(t) := {r | some r in resources; r.type == t}

# A setting from data.verdict.config, or the default. (Not `object.get(data, …)`:
# reading all of `data` from a policy is recursive in OPA.)
config(key, default_value) := value if {
	value := data.verdict.config[key]
} else := default_value

# An intrinsic function call: a one-key object whose key is `Ref` or `Fn::…`.
intrinsic(v) if {
	is_object(v)
	count(v) == 1
	some k, _ in v
	intrinsic_key(k)
}

intrinsic_key(k) if k == "Ref"

intrinsic_key(k) if startswith(k, "Fn::")

# The values v can take, each {"value": x}, {"absent": true} or {"unknown": true}.
# Rego has no recursion, so `Fn::If` branches are resolved one level deep.
candidates(v) := {c | some i, b in v["Fn::If"]; i > 0; c := leaf(b)} if {
	is_object(v)
	count(v) == 1
	is_array(v["Fn::If"])
} else := {leaf(v)}

leaf(v) := {"value": v} if not intrinsic(v)

else := {"absent": true} if v.Ref == "AWS::NoValue"

else := {"value": input.Parameters[v.Ref].Default} if {
	is_string(v.Ref)
	is_object(input.Parameters[v.Ref])
	"Default" in object.keys(input.Parameters[v.Ref])
} else := {"value": v["Fn::Sub"]} if {
	is_string(v["Fn::Sub"])
	not contains(v["Fn::Sub"], "${")
} else := {"unknown": true}

# The one value v has when the stack is created (undefined if it depends on a
# condition, an unset parameter, another resource, …).
value(v) := x if {
	cs := candidates(v)
	count(cs) == 1
	some c in cs
	x := c.value
}

# v is `true` in every branch (YAML `true`, or the string "true" of JSON
# templates and parameter defaults).
always_true(v) if {
	every c in candidates(v) {
		truthy(c.value)
	}
}

# The property `key` of obj is absent, or false/absent in every branch: the
# setting it enables is off.
never_true(obj, key) if not key in object.keys(obj)

never_true(obj, key) if {
	key in object.keys(obj)
	every c in candidates(obj[key]) {
		off(c)
	}
}

truthy(v) if v == true

truthy(s) if {
	is_string(s)
	lower(s) == "true"
}

off(c) if c.absent == true

off(c) if c.value == null

off(c) if c.value == false

off(c) if {
	is_string(c.value)
	lower(c.value) == "false"
}

# A port as a number: CloudFormation accepts 22 and "22".
port(v) := v if is_number(v)

else := to_number(v) if {
	is_string(v)
	regex.match(`^-?[0-9]+$`, v)
}

# Statements of an IAM policy document (a single statement or a list).
statements(doc) := [s | some s in doc.Statement] if is_array(doc.Statement)

else := [doc.Statement] if is_object(doc.Statement)

else := []

# Every IAM policy document in the template, with its path.
policy_documents contains d if {
	some r in resources
	r.type in {"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy"}
	is_object(r.properties.PolicyDocument)
	d := {
		"resource": r.name,
		"document": r.properties.PolicyDocument,
		"path": array.concat(r.path, ["PolicyDocument"]),
	}
}

policy_documents contains d if {
	some r in resources
	r.type in {"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"}
	is_array(r.properties.Policies)
	some i, p in r.properties.Policies
	is_object(p.PolicyDocument)
	d := {
		"resource": r.name,
		"document": p.PolicyDocument,
		"path": array.concat(r.path, ["Policies", i, "PolicyDocument"]),
	}
}
