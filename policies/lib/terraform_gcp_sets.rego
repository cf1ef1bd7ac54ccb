# Sets shared by the Terraform GCP rules, built once per document: the
# members IAM resources grant and the GKE node pools and node configurations.
# (Kept apart from the functions of verdict.lib.terraform_gcp: regorus
# mis-evaluated `arg_path` in a rule when a rule of the same package was
# evaluated in the same query.)
package verdict.lib.terraform_gcp_sets

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

public_members := {"allUsers", "allAuthenticatedUsers"}

# Each member an IAM member/binding resource (`*_iam_member`,
# `*_iam_binding`) grants, as {resource, keys (to the member, for the line),
# member, role}; rules filter on `resource.type`. Members are kept even when
# interpolated ("serviceAccount:${google_service_account.app.email}"): their
# literal prefix still tells the principal's kind. (A rule, not a function
# of the types: computed once per document.)
grants contains g if {
	some r in tf.resources
	endswith(r.type, "_iam_member")
	is_string(r.config.member)
	g := {"resource": r, "keys": ["member"], "member": r.config.member, "role": role(r)}
}

grants contains g if {
	some r in tf.resources
	endswith(r.type, "_iam_binding")
	is_array(r.config.members)
	some i, m in r.config.members
	is_string(m)
	g := {"resource": r, "keys": ["members", i], "member": m, "role": role(r)}
}

role(r) := r.config.role if is_string(r.config.role)

else := ""

# GKE node pools, as {resource, keys, config}: the node_pool blocks written
# inside a google_container_cluster and each google_container_node_pool.
node_pools := {p |
	some r in tf.of_type("google_container_cluster")
	some i, c in tc.blocks(r.config, "node_pool")
	p := {"resource": r, "keys": ["node_pool", i], "config": c}
} | {p |
	some r in tf.of_type("google_container_node_pool")
	p := {"resource": r, "keys": [], "config": r.config}
}

# GKE node configurations, as {resource, keys, config}: a cluster's default
# node_config and that of every node pool.
node_configs := {n |
	some r in tf.of_type("google_container_cluster")
	some i, c in tc.blocks(r.config, "node_config")
	n := {"resource": r, "keys": ["node_config", i], "config": c}
} | {n |
	some p in node_pools
	some i, c in tc.blocks(p.config, "node_config")
	n := {"resource": p.resource, "keys": array.concat(p.keys, ["node_config", i]), "config": c}
}
