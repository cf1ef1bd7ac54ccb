# Shared helpers for the Terraform AWS compute rules (EC2, ECS, Lambda,
# CodeBuild): container definitions written as JSON strings, and literal
# credentials in user data and environment variables.
package verdict.lib.terraform_aws_compute

import data.verdict.lib.terraform as tf
import rego.v1

# The container definitions of an aws_ecs_task_definition as a list of
# objects: the JSON string (a heredoc, or a jsonencode verdict could
# evaluate, or a plan's rendered value). Undefined when it is an expression.
containers(r) := [c | some c in defs; is_object(c)] if {
	s := r.config.container_definitions
	is_string(s)
	not tf.unknown(s)
	json.is_valid(s)
	defs := json.unmarshal(s)
	is_array(defs)
}

# The name of a container definition, for messages.
container_name(c) := n if {
	n := object.get(c, "name", "?")
	is_string(n)
} else := "?"

# An AWS access key id (long-term AKIA… or temporary ASIA…) in a string.
has_access_key(s) if {
	is_string(s)
	regex.match(`(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}([^A-Z0-9]|$)`, s)
}

# A secret access key assigned in a script or config file
# (`aws_secret_access_key = …`, `AWS_SECRET_ACCESS_KEY=…`).
has_secret_key(s) if {
	is_string(s)
	regex.match(`(?i)aws_secret_access_key["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}`, s)
}

has_aws_credentials(s) if has_access_key(s)

has_aws_credentials(s) if has_secret_key(s)

# User data as written, or base64-decoded (user_data_base64, launch
# templates' user_data).
texts(s) := {s} | {d | d := decoded(s)} if is_string(s)

decoded(s) := base64.decode(s) if {
	is_string(s)
	not tf.unknown(s)
	regex.match(`^[A-Za-z0-9+/=\s]+$`, s)
	count(s) >= 16
	base64.is_valid(s)
}

# An environment variable that holds a credential in plain text: an access
# key id, an AWS credential variable, or a password/secret/token-named
# variable with a literal value (not a reference: ARNs, paths, names).
plain_secret(name, value) if {
	is_string(value)
	not tf.unknown(value)
	has_access_key(value)
}

plain_secret(name, value) if {
	literal(value)
	upper(name) in {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "ECS_ENGINE_AUTH_DATA"}
}

plain_secret(name, value) if {
	literal(value)
	count(value) >= 8
	not contains(value, " ")
	n := upper(name)
	some word in secret_words
	contains(n, word)
	not reference_name(n)
	not reference_value(value)
}

secret_words := ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY"]

# Names that hold a reference or a setting about a secret, not the secret.
reference_suffixes := [
	"_ARN", "_NAME", "_ID", "_PATH", "_URL", "_URI", "_FILE", "_PARAM",
	"_PARAMETER", "_ENDPOINT", "_REGION", "_TTL", "_LENGTH", "_HEADER",
	"_ENABLED", "_TYPE", "_BUCKET", "_TABLE", "_QUEUE", "_TOPIC", "_PREFIX",
	"_SCOPE", "_SCOPES", "_AUDIENCE", "_ISSUER", "_EXPIRY", "_EXPIRATION",
	"_TIMEOUT", "_HOST", "_PORT", "_DIR", "_MODE", "_POLICY", "_VERSION",
	"_ALGORITHM", "_STORE", "_SOURCE", "_PROVIDER", "_FORMAT", "_KEY_ID",
]

reference_name(n) if {
	some suffix in reference_suffixes
	endswith(n, suffix)
}

reference_value(v) if startswith(v, "arn:")

reference_value(v) if startswith(v, "/")

reference_value(v) if lower(v) in {"true", "false", "null", "none", "changeme"}

reference_value(v) if contains(v, "://")

# Placeholders filled in at deploy time: {{resolve:…}}, <token>, $TOKEN.
reference_value(v) if startswith(v, "{{")

reference_value(v) if startswith(v, "<")

reference_value(v) if startswith(v, "$")

literal(value) if {
	is_string(value)
	value != ""
	not tf.unknown(value)
}

# A resource policy statement that allows anyone ("*" or {"AWS": "*"}) with
# no condition.
public_statement(st) if {
	st.Effect == "Allow"
	wildcard_principal(object.get(st, "Principal", null))
	object.get(st, "Condition", {}) == {}
}

wildcard_principal(p) if p == "*"

wildcard_principal(p) if {
	is_object(p)
	"*" in as_list(object.get(p, "AWS", []))
}

as_list(x) := x if is_array(x)

as_list(x) := [x] if not is_array(x)
