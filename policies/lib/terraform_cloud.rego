# Shared helpers for the Terraform Azure and GCP rules, over both HCL and plan
# shapes (see verdict.lib.terraform). A value HCL cannot know (`${var.x}`)
# matches none of these predicates, so rules stay silent on it.
package verdict.lib.terraform_cloud

import data.verdict.lib.terraform as tf
import rego.v1

# Literal booleans: HCL keeps `true`, but a quoted "true" is legal too.
is_true(v) if v == true

is_true(v) if {
	is_string(v)
	lower(v) == "true"
}

is_false(v) if v == false

is_false(v) if {
	is_string(v)
	lower(v) == "false"
}

# The attribute is absent, null (plans) or false: the setting it enables is off.
off(config, key) if not key in object.keys(config)

off(config, key) if config[key] == null

off(config, key) if is_false(config[key])

# Nested blocks of a resource: a list of objects in both HCL and plans.
blocks(config, key) := [b | some b in config[key]; is_object(b)] if is_array(config[key])

else := []

# A nested block written as `dynamic "key" { … }`: its content is not known.
dynamic_block(config, key) if {
	some d in config.dynamic
	is_object(d[key])
}

dynamic_block(config, key) if is_array(config.dynamic[key])

# An admin port from data.verdict.config.admin_ports (default [22, 3389]),
# shared with the AWS and CloudFormation rules.
admin_ports := tf.config("admin_ports", [22, 3389])

# A port spec covers a port: "22", 22, "1000-2000" or "*".
port_covered(spec, _) if spec == "*"

port_covered(spec, port) if spec == port

port_covered(spec, port) if {
	is_string(spec)
	regex.match(`^[0-9]+$`, spec)
	to_number(spec) == port
}

port_covered(spec, port) if {
	is_string(spec)
	regex.match(`^[0-9]+-[0-9]+$`, spec)
	bounds := split(spec, "-")
	to_number(bounds[0]) <= port
	port <= to_number(bounds[1])
}
