# METADATA
# title: RBAC role with wildcard verbs or resources
# description: >-
#   A `*` in a Role or ClusterRole rule's verbs or resources grants every
#   current and future verb or resource, including escalate, bind,
#   impersonate and secrets, so the role silently grows with the API.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege
#   - https://kubernetes.io/docs/reference/access-authn-authz/rbac/
# custom:
#   id: VD-K8S-020
#   severity: high
#   remediation: >-
#     List the specific verbs (`get`, `list`, `watch`, …) and resources the
#     subject needs instead of `*`.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.1.3"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata: {name: deployer}
#     rules:
#       - apiGroups: ["apps"]
#         resources: ["*"]
#         verbs: ["*"]
package verdict.kubernetes.rbac_wildcard

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("%s %q rule %d grants %s %q", [input.kind, object.get(input, ["metadata", "name"], ""), i, field, "*"]),
	"path": ["rules", i, field, j],
	"resource": k8s.resource,
} if {
	input.kind in {"Role", "ClusterRole"}
	is_array(input.rules)
	some i, rule in input.rules
	some field in ["verbs", "resources"]
	is_array(rule[field])
	some j, value in rule[field]
	value == "*"
}
