package verdict.lib.terraform_gcp_test

import data.verdict.lib.terraform_gcp as gcp
import data.verdict.lib.terraform_gcp_sets as gset
import rego.v1

# A plan holding one resource: `values` planned, `expressions` as written
# (an argument written but absent from `values` is known only after apply).
plan(type, values, expressions) := {
	"planned_values": {"root_module": {"resources": [{
		"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "values": values,
	}]}},
	"configuration": {"root_module": {"resources": [{
		"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "expressions": expressions,
	}]}},
}

# The path to the planned values of `plan`'s resource, then `keys`.
plan_path(keys) := array.concat(["planned_values", "root_module", "resources", 0, "values"], keys)

test_grants_members_and_bindings if {
	hcl := {"resource": {
		"google_project_iam_member": {"a": [{"role": "roles/owner", "member": "user:a@example.com"}]},
		"google_project_iam_binding": {"b": [{"role": "roles/editor", "members": ["group:g@example.com", "serviceAccount:${google_service_account.x.email}"]}]},
	}}
	gs := gset.grants with input as hcl
	{[g.member, g.role, g.keys] | some g in gs} == {
		["user:a@example.com", "roles/owner", ["member"]],
		["group:g@example.com", "roles/editor", ["members", 0]],
		["serviceAccount:${google_service_account.x.email}", "roles/editor", ["members", 1]],
	}
}

test_flags if {
	hcl := {"resource": {"google_sql_database_instance": {"pg": [{
		"database_version": "POSTGRES_15",
		"settings": [{"database_flags": [{"name": "log_connections", "value": "off"}, {"name": "x", "value": "${var.x}"}]}],
	}]}}}
	{v.keys | some v in gcp.flag_set_wrong("POSTGRES", "log_connections", {"on"})} == {["settings", 0, "database_flags", 0, "value"]} with input as hcl
	count(gcp.flag_set_wrong("POSTGRES", "x", {"on"})) == 0 with input as hcl
	count(gcp.flag_set_wrong("MYSQL", "log_connections", {"on"})) == 0 with input as hcl
	{v.keys | some v in gcp.flag_missing("POSTGRES", "log_disconnections")} == {["settings", 0]} with input as hcl
	dyn := {"resource": {"google_sql_database_instance": {"pg": [{"database_version": "POSTGRES_15", "settings": [{"dynamic": {"database_flags": [{}]}}]}]}}}
	count(gcp.flag_missing("POSTGRES", "log_disconnections")) == 0 with input as dyn
}

test_value_default_and_unknown if {
	p := plan("google_x", {"a": null}, {"b": {"references": ["var.b"]}})
	some r in data.verdict.lib.terraform.resources with input as p
	gcp.value(r, ["a"], "d") == "d" with input as p
	not gcp.value(r, ["b"], "d") with input as p
}

test_arg_path_and_nested_dynamic if {
	hcl := {"resource": {"google_sql_database_instance": {"db": [{"settings": [{"tier": "t", "dynamic": {"ip_configuration": [{"for_each": "${var.ip}"}]}}]}]}}}
	some r in data.verdict.lib.terraform.resources with input as hcl
	gcp.arg_path(r, ["settings", 0, "backup_configuration", 0, "enabled"]) == ["resource", "google_sql_database_instance", "db", 0, "settings", 0]
	gcp.arg_path(r, ["settings", 0, "tier"]) == ["resource", "google_sql_database_instance", "db", 0, "settings", 0, "tier"]
	gcp.arg_path(r, ["versioning", 0]) == ["resource", "google_sql_database_instance", "db", 0]
	not gcp.value(r, ["settings", 0, "ip_configuration", 0, "ipv4_enabled"], true)
	gcp.value(r, ["settings", 0, "tier"], "x") == "t"
}

test_gke_node_configs if {
	hcl := {"resource": {
		"google_container_cluster": {"c": [{"node_config": [{"image_type": "COS_CONTAINERD"}], "node_pool": [{"name": "p", "node_config": [{"machine_type": "e2"}]}]}]},
		"google_container_node_pool": {"np": [{"cluster": "c", "node_config": [{"machine_type": "n2"}]}]},
	}}
	{[n.resource.address, n.keys] | some n in gset.node_configs} == {
		["google_container_cluster.c", ["node_config", 0]],
		["google_container_cluster.c", ["node_pool", 0, "node_config", 0]],
		["google_container_node_pool.np", ["node_config", 0]],
	} with input as hcl
}
