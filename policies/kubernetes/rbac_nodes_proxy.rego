# METADATA
# title: RBAC role grants access to nodes/proxy
# description: >-
#   The `nodes/proxy` subresource reaches the kubelet API of every node
#   through the API server: it runs commands in any pod on the node and
#   bypasses admission and most audit logging. Any verb on it is reported
#   (`get` alone is enough to exec through the kubelet's websocket API).
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes
#   - https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/
# custom:
#   id: VD-K8S-027
#   severity: high
#   remediation: >-
#     Remove `nodes/proxy` from the role; read node metrics through
#     `nodes/metrics` or `nodes/stats` instead.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.1.10"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata: {name: metrics}
#     rules:
#       - apiGroups: [""]
#         resources: ["nodes/proxy"]
#         verbs: ["get"]
package verdict.kubernetes.rbac_nodes_proxy

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("%s %q rule %d grants access to nodes/proxy", [input.kind, object.get(input, ["metadata", "name"], ""), i]),
	"path": ["rules", i, "resources", j],
	"resource": k8s.resource,
} if {
	some i, rule in k8s.rbac_rules
	k8s.core_group(rule)
	some j, resource in k8s.rule_list(rule, "resources")
	resource in {"nodes/proxy", "nodes/*"}
	count(k8s.rule_list(rule, "verbs")) > 0
}
