# Helpers for the Terraform Azure rules: an argument's value with its provider
# default, read the same way in HCL and plans, and where a finding about it
# points. They are the provider-neutral helpers of verdict.lib.terraform_aws.
package verdict.lib.terraform_azure

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

# Resources of any of the types.
of_types(types) := {r | some r in tf.resources; r.type in types}

# The argument at `keys` (["site_config", 0, "ftps_state"]), or `fallback`
# when it is not set. Undefined when its value is unknown: an HCL expression,
# a `dynamic` block (at the top or nested), or a plan value known only after
# apply.
value(r, keys, fallback) := v if {
	not nested_dynamic(r, keys)
	v := aws.value(r, keys, fallback)
}

# `blob_properties { dynamic "delete_retention_policy" { … } }`
nested_dynamic(r, keys) if {
	some i, k in keys
	is_number(k)
	i + 1 < count(keys)
	object.get(r.config, array.concat(array.slice(keys, 0, i + 1), ["dynamic", keys[i + 1]]), null) != null
}

# The argument if written, else the closest enclosing block that is.
arg_path(r, keys) := aws.arg_path(r, keys)

# The first of several names of one argument that is set (azurerm renames
# arguments between major versions, e.g. `enable_non_ssl_port` →
# `non_ssl_port_enabled`), with that name; `fallback` under the first name when
# none is. Undefined when the value is unknown.
renamed(r, names, fallback) := [name, v] if {
	some name in names
	object.get(r.config, name, null) != null
	v := aws.value(r, [name], fallback)
} else := [names[0], fallback] if {
	every name in names {
		object.get(r.config, name, null) == null
		not aws.unknown_at(r, [name])
	}
}
