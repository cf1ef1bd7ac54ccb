# Helpers for the CloudFormation platform rules (IAM, network, logging, data
# stores): finding paths, references between resources, IAM statements and
# security group / network ACL rules. Values are read through
# `data.verdict.lib.cloudformation`, so intrinsics it cannot resolve stay
# unknown and nothing fires on them.
package verdict.lib.cloudformation_platform

import data.verdict.lib.cloudformation as cfn
import rego.v1

# The path of property `key` of r when it is written, else r's Properties.
prop_path(r, key) := array.concat(r.path, [key]) if key in object.keys(r.properties)

else := r.path

# The property is absent or `Ref: AWS::NoValue` in every branch.
absent(obj, key) if not key in object.keys(obj)

absent(obj, key) if {
	key in object.keys(obj)
	every c in cfn.candidates(obj[key]) {
		c.absent == true
	}
}

# The text of a string, a `Fn::Sub` template or a `Fn::Join` of strings (to
# look for a fixed part such as a service host or an AWS managed policy name).
text(v) := v if is_string(v)

else := v["Fn::Sub"] if is_string(v["Fn::Sub"])

else := v["Fn::Sub"][0] if is_string(v["Fn::Sub"][0])

else := concat(v["Fn::Join"][0], [part(e) | some e in v["Fn::Join"][1]]) if {
	is_string(v["Fn::Join"][0])
	is_array(v["Fn::Join"][1])
}

part(e) := e if is_string(e)

else := "${}"

# The property is explicitly false (or a parameter defaulting to false) in
# every branch; absent does not count.
always_false(obj, key) if {
	key in object.keys(obj)
	every c in cfn.candidates(obj[key]) {
		is_false(c)
	}
}

is_false(c) if c.value == false

is_false(c) if {
	is_string(c.value)
	lower(c.value) == "false"
}

# v refers to the resource named `name` (`Ref` or `Fn::GetAtt`).
refers_to(v, name) if v.Ref == name

refers_to(v, name) if v["Fn::GetAtt"][0] == name

refers_to(v, name) if {
	is_string(v["Fn::GetAtt"])
	startswith(v["Fn::GetAtt"], concat("", [name, "."]))
}

# v names a resource of this template (so we know which one it is).
resolvable_ref(v) if {
	is_object(v)
	some name in object.keys(input.Resources)
	refers_to(v, name)
}

# A string, or each element of a list, as the set of values we can resolve.
values(v) := {x | some e in v; x := cfn.value(e)} if is_array(v)

else := {x | x := cfn.value(v)}

# IAM statements of a policy document, each {statement, path}.
statements(doc, path) := [{"statement": s, "path": array.concat(path, ["Statement", i])} |
	is_array(doc.Statement)
	some i, s in doc.Statement
	is_object(s)
] if is_array(doc.Statement)

else := [{"statement": doc.Statement, "path": array.concat(path, ["Statement"])}] if is_object(doc.Statement)

else := []

allows(s) if cfn.value(s.Effect) == "Allow"

# A statement's Condition that holds at least one condition.
conditional(s) if {
	is_object(s.Condition)
	count(s.Condition) > 0
}

conditional(s) if cfn.intrinsic(s.Condition)

# Principal "*", {"AWS": "*"} or an AWS list that contains "*".
any_principal(s) if cfn.value(s.Principal) == "*"

any_principal(s) if {
	p := cfn.value(s.Principal)
	is_object(p)
	"*" in values(p.AWS)
}

# Every resource policy document of these types at property `key`, each
# {resource, document, path}.
resource_policies(types, key) := {d |
	some r in cfn.resources
	r.type in types
	doc := cfn.value(r.properties[key])
	is_object(doc)
	d := {"resource": r.name, "document": doc, "path": array.concat(r.path, [key])}
}

# Statements that let anyone in, unconditionally.
public_statements(types, key) := {{"resource": d.resource, "path": x.path} |
	some d in resource_policies(types, key)
	some x in statements(d.document, d.path)
	allows(x.statement)
	any_principal(x.statement)
	not conditional(x.statement)
}

# --- security groups and network ACLs ---

# The world-open CIDR field of a rule: {field, cidr}.
open_to_world(rule) := {{"field": f, "cidr": c} | some f, c in {"CidrIp": "0.0.0.0/0", "CidrIpv6": "::/0"}; cfn.value(rule[f]) == c}

# A protocol as a lower-case string ("-1", "tcp", "6", ...).
protocol(rule, key) := lower(format_int(p, 10)) if {
	p := cfn.value(rule[key])
	is_number(p)
} else := lower(p) if {
	p := cfn.value(rule[key])
	is_string(p)
}

all_protocols(p) if p in {"-1", "all"}

tcp_udp(p) if p in {"tcp", "udp", "6", "17"}

# The port range {from, to} of a TCP/UDP rule.
port_range(rule, from_key, to_key) := {"from": f, "to": t} if {
	f := cfn.port(cfn.value(rule[from_key]))
	t := cfn.port(cfn.value(rule[to_key]))
}

# --- RDS ---

# A DB instance whose storage, backups and protection are its cluster's: a
# member of a DB cluster or an Aurora instance.
rds_managed_elsewhere(r) if {
	r.type == "AWS::RDS::DBInstance"
	not absent(r.properties, "DBClusterIdentifier")
}

rds_managed_elsewhere(r) if {
	r.type == "AWS::RDS::DBInstance"
	startswith(lower(cfn.value(r.properties.Engine)), "aurora")
}

# --- companion resources ---

opaque(t) if endswith(t, "::MODULE")

opaque(t) if {
	not startswith(t, "Custom::")
	not regex.match(`^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$`, t)
}
