# Shared helpers for the Terraform GCP rules: the members granted by
# `*_iam_member` / `*_iam_binding` resources, Cloud SQL database flags, and
# provider defaults read the same way in HCL and plans.
package verdict.lib.terraform_gcp

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as tfv
import data.verdict.lib.terraform_cloud as tc
import rego.v1

public_members := {"allUsers", "allAuthenticatedUsers"}

# Each member an IAM resource of one of `types` grants, as {resource, keys
# (to the member, for the line), member, role}. Members are kept even when
# interpolated ("serviceAccount:${google_service_account.app.email}"): their
# literal prefix still tells the principal's kind.
grants(types) := member_grants(types) | binding_grants(types)

member_grants(types) := {g |
	some r in tf.resources
	r.type in types
	is_string(r.config.member)
	g := {"resource": r, "keys": ["member"], "member": r.config.member, "role": role(r)}
}

binding_grants(types) := {g |
	some r in tf.resources
	r.type in types
	is_array(r.config.members)
	some i, m in r.config.members
	is_string(m)
	g := {"resource": r, "keys": ["members", i], "member": m, "role": role(r)}
}

role(r) := r.config.role if is_string(r.config.role)

else := ""

# The value at `keys`, or the provider default when it is not set; undefined
# when unknown (an HCL expression, a dynamic block, a plan value known only
# after apply). See verdict.lib.terraform_aws.value.
value(r, keys, default_value) := tfv.value(r, keys, default_value)

# The argument at `keys` if written, else its closest written enclosing block.
arg_path(r, keys) := tfv.arg_path(r, keys)

# Each settings block of a Cloud SQL instance of one engine ("POSTGRES",
# "MYSQL", "SQLSERVER"), as [resource, index, settings].
sql_settings(engine) := {[r, i, s] |
	some r in tf.of_type("google_sql_database_instance")
	is_string(r.config.database_version)
	startswith(upper(r.config.database_version), engine)
	some i, s in tc.blocks(r.config, "settings")
}

# A database flag set to a value outside `ok` (lower case): {resource, keys, value}.
flag_set_wrong(engine, name, ok) := {v |
	some x in sql_settings(engine)
	[r, i, s] := x
	some j, f in tc.blocks(s, "database_flags")
	f.name == name
	not tf.unknown(f.value)
	not lower(sprintf("%v", [f.value])) in ok
	v := {"resource": r, "keys": ["settings", i, "database_flags", j, "value"], "value": f.value}
}

# A database flag not written in a settings block whose flags are all known:
# {resource, keys (to the settings block)}.
flag_missing(engine, name) := {v |
	some x in sql_settings(engine)
	[r, i, s] := x
	not flags_unknown(s)
	not has_flag(s, name)
	v := {"resource": r, "keys": ["settings", i]}
}

has_flag(s, name) if {
	some f in tc.blocks(s, "database_flags")
	f.name == name
}

flags_unknown(s) if tc.dynamic_block(s, "database_flags")

flags_unknown(s) if tf.unknown(s.database_flags)

flags_unknown(s) if {
	some f in tc.blocks(s, "database_flags")
	tf.unknown(f.name)
}
