# Helpers for the CloudFormation workload rules (EC2, containers, Lambda,
# CloudFront, load balancers, API Gateway, analytics services): reading a
# nested setting through intrinsics, the path of the deepest written key, and
# what looks like a secret.
package verdict.lib.cloudformation_workloads

import data.verdict.lib.cloudformation as cfn
import rego.v1

# The setting at keys (object keys or list indices) under obj, resolved level
# by level: {"value": x}, {"absent": true} (a level is missing or
# `AWS::NoValue`) or {"unknown": true} (a level is an intrinsic that does not
# resolve to one value, e.g. `Fn::If` with different branches, or a `Ref` to
# a parameter without a default).
get(obj, keys) := step({"value": obj}, keys[0]) if count(keys) == 1

get(obj, keys) := step(step({"value": obj}, keys[0]), keys[1]) if count(keys) == 2

get(obj, keys) := step(step(step({"value": obj}, keys[0]), keys[1]), keys[2]) if count(keys) == 3

get(obj, keys) := step(step(step(step({"value": obj}, keys[0]), keys[1]), keys[2]), keys[3]) if count(keys) == 4

step(c, k) := c if c.absent == true

else := c if c.unknown == true

else := resolve(c.value[k]) if {
	is_object(c.value)
	k in object.keys(c.value)
}

else := {"absent": true} if is_object(c.value)

else := resolve(c.value[k]) if {
	is_array(c.value)
	is_number(k)
	k < count(c.value)
}

else := {"absent": true} if is_array(c.value)

else := {"unknown": true}

# The one candidate of v, else unknown.
resolve(v) := c if {
	cs := cfn.candidates(v)
	count(cs) == 1
	some c in cs
} else := {"unknown": true}

# The setting is off: absent, or false / "false" / null.
off(c) if c.absent == true

off(c) if c.value == false

off(c) if c.value == null

off(c) if {
	is_string(c.value)
	lower(c.value) == "false"
}

# The setting is a known string, compared case-insensitively.
lowered(c) := lower(c.value) if is_string(c.value)

# The path to keys under base (a resource's Properties path and obj its
# Properties), cut after the deepest key that is written in the template, so a
# finding points at the setting when it is there and at its parent otherwise.
path_to(base, obj, keys) := array.concat(base, array.slice(keys, 0, n)) if {
	n := count({i | some i in numbers.range(1, count(keys)); written(obj, array.slice(keys, 0, i))})
}

written(obj, p) if {
	walk(obj, [q, _])
	q == p
}

# Values of a list property that is a real list (a conditional or unresolved
# list gives nothing), each with its index.
list(v) := cfn.value(v) if is_array(cfn.value(v))

else := []

# A name that says its value is a credential (and not a pointer to one:
# `DB_SECRET_ARN`, `SECRET_NAME`, `PASSWORD_PARAMETER`, ...).
secret_name(name) if {
	is_string(name)
	regex.match(`(?i)(passw(or)?d|passwd|passphrase|secret|api_?key|apikey|access_?key|private_?key|token$|credentials?$)`, name)
	not regex.match(`(?i)[_-]?(arn|name|id|ids|param|parameter|path|file|url|uri|endpoint|host|prefix|type|mode|format|region|length|version|table|bucket|ssm|store|manager|rotation|enabled|ttl)$`, name)
}

# A literal value worth reporting as a leaked credential: a non-empty string
# that is not a reference to a secret store (`{{resolve:...}}`), an ARN, a
# URL or a parameter path, nor a boolean word.
literal_secret(v) if {
	is_string(v)
	count(trim_space(v)) > 0
	not lower(v) in {"true", "false", "none", "null", "yes", "no"}
	not regex.match(`^(\{\{resolve:|arn:|https?://|/)`, v)
}

# An AWS access key id, or a secret access key assignment, in a string.
aws_key_in(s) if regex.match(`\b(AKIA|ASIA)[A-Z0-9]{16}\b`, s)

aws_key_in(s) if regex.match(`(?i)aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}`, s)

# Every string in v (a property value, intrinsics included).
strings(v) := {s | walk(v, [_, s]); is_string(s)}

# v (or obj[key]) has one known string value. (For use under `not`, which
# must not get an undefined argument: OPA and regorus disagree on it.)
known(v) if is_string(cfn.value(v))

known_string(obj, key) if is_string(cfn.value(cfn.value(obj)[key]))

# Each container definition of an `AWS::ECS::TaskDefinition` as [resource,
# path of the definition, definition] (a real list; conditional lists and
# entries are skipped).
containers contains [r, array.concat(r.path, ["ContainerDefinitions", i]), cd] if {
	some r in cfn.of_type("AWS::ECS::TaskDefinition")
	some i, cd in list(r.properties.ContainerDefinitions)
	is_object(cd)
	not cfn.intrinsic(cd)
}

# The container's name for messages.
container_name(cd) := sprintf("%q", [cfn.value(cd.Name)]) if is_string(cfn.value(cd.Name))

else := "(unnamed)"

# An IAM policy principal that is everyone: "*", {AWS: "*"} or a list
# holding "*".
everyone(p) if cfn.value(p) == "*"

everyone(p) if {
	some x in principal_values(cfn.value(p).AWS)
	x == "*"
}

principal_values(v) := {x | some e in cfn.value(v); x := cfn.value(e)} if is_array(cfn.value(v))

else := {cfn.value(v)}

# Each cache behavior of an `AWS::CloudFront::Distribution` as [resource,
# keys under its Properties, behavior].
cache_behaviors contains [r, ["DistributionConfig", "DefaultCacheBehavior"], b] if {
	some r in cfn.of_type("AWS::CloudFront::Distribution")
	b := cfn.value(cfn.value(r.properties.DistributionConfig).DefaultCacheBehavior)
	is_object(b)
}

cache_behaviors contains [r, ["DistributionConfig", "CacheBehaviors", i], b] if {
	some r in cfn.of_type("AWS::CloudFront::Distribution")
	some i, b in list(cfn.value(r.properties.DistributionConfig).CacheBehaviors)
	is_object(b)
}

# Each origin of an `AWS::CloudFront::Distribution` as [resource, keys under
# its Properties, origin].
origins contains [r, ["DistributionConfig", "Origins", i], o] if {
	some r in cfn.of_type("AWS::CloudFront::Distribution")
	some i, o in list(cfn.value(r.properties.DistributionConfig).Origins)
	is_object(o)
}

# The attribute `key` of a `[{Key, Value}]` list property (`LoadBalancerAttributes`)
# as [setting, path]: the first entry's Value, unknown when the list or one of
# its keys does not resolve, else absent (with the path of the list, or of
# the Properties when there is none).
attribute(base, props, list_key, key) := [resolve(e.Value), array.concat(base, [list_key, i, "Value"])] if {
	known_attributes(props, list_key)
	i := min({j | some j, x in cfn.value(props[list_key]); cfn.value(x.Key) == key})
	e := cfn.value(props[list_key])[i]
} else := [{"unknown": true}, base] if {
	list_key in object.keys(props)
	not known_attributes(props, list_key)
} else := [{"absent": true}, path_to(base, props, [list_key])]

known_attributes(props, list_key) if {
	entries := cfn.value(props[list_key])
	is_array(entries)
	every e in entries {
		is_string(cfn.value(e.Key))
	}
}

# An Application Load Balancer (`Type` unset or `application`).
application_lb(r) if {
	r.type == "AWS::ElasticLoadBalancingV2::LoadBalancer"
	not "Type" in object.keys(r.properties)
}

application_lb(r) if {
	r.type == "AWS::ElasticLoadBalancingV2::LoadBalancer"
	cfn.value(r.properties.Type) == "application"
}

# OpenSearch Service and (legacy) Elasticsearch Service domains.
search_domains contains r if {
	some r in cfn.resources
	r.type in {"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"}
}

search_engine(r) := "Elasticsearch" if r.type == "AWS::Elasticsearch::Domain"

else := "OpenSearch"
