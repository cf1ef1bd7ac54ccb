package verdict.kubernetes.binding_broad_groups_test

import data.verdict.kubernetes.binding_broad_groups
import rego.v1

binding(kind, role, subjects) := {
	"kind": kind,
	"metadata": {"name": "b", "namespace": "team"},
	"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role},
	"subjects": subjects,
}

test_authenticated_group_fires if {
	some r in binding_broad_groups.deny with input as binding("ClusterRoleBinding", "view", [
		{"kind": "ServiceAccount", "name": "app", "namespace": "team"},
		{"kind": "Group", "name": "system:authenticated"},
	])
	r.path == ["subjects", 1, "name"]
}

test_anonymous_user_in_role_binding_fires if {
	count(binding_broad_groups.deny) == 1 with input as binding("RoleBinding", "edit", [{"kind": "User", "name": "system:anonymous"}])
}

test_specific_subjects_and_builtin_roles_pass if {
	count(binding_broad_groups.deny) == 0 with input as binding("RoleBinding", "edit", [{"kind": "Group", "name": "devs"}])
	count(binding_broad_groups.deny) == 0 with input as binding("ClusterRoleBinding", "system:public-info-viewer", [{"kind": "Group", "name": "system:unauthenticated"}])
	count(binding_broad_groups.deny) == 0 with input as binding("RoleBinding", "edit", null)
}
