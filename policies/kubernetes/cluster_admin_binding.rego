# METADATA
# title: Binding to the cluster-admin role
# description: >-
#   cluster-admin is superuser over every resource in every namespace; bound
#   to a service account, anyone who compromises a pod using it owns the
#   cluster. (A RoleBinding limits it to one namespace, where it is still
#   full control, secrets included.)
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/
#   - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles
# custom:
#   id: VD-K8S-021
#   severity: high
#   remediation: >-
#     Bind a role that grants only the verbs and resources the subject needs;
#     keep cluster-admin for break-glass human access.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.1.1"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRoleBinding
#     metadata: {name: ci}
#     roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
#     subjects:
#       - {kind: ServiceAccount, name: ci, namespace: build}
package verdict.kubernetes.cluster_admin_binding

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("%s %q grants cluster-admin to %s", [input.kind, object.get(input, ["metadata", "name"], ""), subject_list]),
	"path": ["roleRef", "name"],
	"resource": k8s.resource,
} if {
	input.kind in {"ClusterRoleBinding", "RoleBinding"}
	input.roleRef.kind == "ClusterRole"
	input.roleRef.name == "cluster-admin"
}

subjects := [sprintf("%s %s", [object.get(s, "kind", "?"), object.get(s, "name", "?")]) |
	is_array(input.subjects)
	some s in input.subjects
]

subject_list := concat(", ", subjects) if {
	count(subjects) > 0
} else := "no subjects"
