package verdict.kubernetes.cluster_admin_binding_test

import data.verdict.kubernetes.cluster_admin_binding
import rego.v1

binding(kind, role_name, subjects) := {
	"kind": kind,
	"metadata": {"name": "ci"},
	"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role_name},
	"subjects": subjects,
}

test_cluster_admin_binding_fires if {
	some r in cluster_admin_binding.deny with input as binding("ClusterRoleBinding", "cluster-admin", [{"kind": "ServiceAccount", "name": "ci", "namespace": "build"}])
	r.path == ["roleRef", "name"]
	contains(r.msg, "ServiceAccount ci")
}

test_role_binding_to_cluster_admin_fires if {
	some r in cluster_admin_binding.deny with input as binding("RoleBinding", "cluster-admin", null)
	contains(r.msg, "no subjects")
}

test_other_roles_pass if {
	count(cluster_admin_binding.deny) == 0 with input as binding("ClusterRoleBinding", "view", [{"kind": "Group", "name": "devs"}])
}
