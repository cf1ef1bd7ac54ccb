# METADATA
# title: RBAC role can exec or attach into pods
# description: >-
#   `create` (or `get`, which the websocket streaming protocol uses) on
#   `pods/exec` or `pods/attach` gives a shell in every pod the role reaches,
#   with the pod's service account token, mounted Secrets and network
#   position. Rules narrowed with `resourceNames` are not reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation
#   - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources
# custom:
#   id: VD-K8S-028
#   severity: medium
#   remediation: >-
#     Remove `pods/exec` and `pods/attach` from roles bound to workloads and
#     day-to-day users; grant them just in time to a break-glass role.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["AC-6", "AC-17"]
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: Role
#     metadata: {name: debugger, namespace: prod}
#     rules:
#       - apiGroups: [""]
#         resources: ["pods/exec"]
#         verbs: ["create"]
package verdict.kubernetes.rbac_pod_exec

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("%s %q rule %d grants %s", [input.kind, object.get(input, ["metadata", "name"], ""), i, resource]),
	"path": ["rules", i, "resources", j],
	"resource": k8s.resource,
} if {
	some i, rule in k8s.rbac_rules
	k8s.core_group(rule)
	some j, resource in k8s.rule_list(rule, "resources")
	resource in {"pods/exec", "pods/attach", "pods/*"}
	k8s.grants_any(rule, {"create", "get"})
	not k8s.named_only(rule)
}
