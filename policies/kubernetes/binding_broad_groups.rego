# METADATA
# title: Role bound to anonymous or all authenticated users
# description: >-
#   A RoleBinding or ClusterRoleBinding whose subject is the
#   `system:anonymous` user or the `system:unauthenticated` or
#   `system:authenticated` group grants its role to anyone who can reach the
#   API server, or to every account of every identity provider (any Google
#   account, on GKE). The built-in discovery roles (`system:discovery`,
#   `system:basic-user`, `system:public-info-viewer`) are not reported.
# related_resources:
#   - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings
#   - https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests
# custom:
#   id: VD-K8S-031
#   severity: high
#   remediation: >-
#     Bind the role to the specific users, groups or service accounts that
#     need it instead of `system:anonymous`, `system:unauthenticated` or
#     `system:authenticated`.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6", "AC-14"]
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRoleBinding
#     metadata: {name: open}
#     roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
#     subjects:
#       - {apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:authenticated"}
package verdict.kubernetes.binding_broad_groups

import data.verdict.lib.kubernetes as k8s
import rego.v1

broad := {"system:anonymous", "system:unauthenticated", "system:authenticated"}

builtin_roles := {"system:discovery", "system:basic-user", "system:public-info-viewer"}

deny contains {
	"msg": sprintf("%s %q binds %q to %s", [input.kind, object.get(input, ["metadata", "name"], ""), object.get(input, ["roleRef", "name"], ""), subject.name]),
	"path": ["subjects", i, "name"],
	"resource": k8s.resource,
} if {
	some i, subject in k8s.binding_subjects
	subject.kind in {"User", "Group"}
	subject.name in broad
	not object.get(input, ["roleRef", "name"], "") in builtin_roles
}
