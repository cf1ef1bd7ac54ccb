# METADATA
# title: RBAC role grants escalate, bind or impersonate
# description: >-
#   The `escalate` verb lets a subject edit a role to grant permissions it
#   does not hold, `bind` lets it bind any role (cluster-admin included) to
#   itself, and `impersonate` lets it act as any user, group or service
#   account. Each is a direct path to cluster-admin. Only the verbs named
#   explicitly are reported; a `*` verb is VD-K8S-020's.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb
#   - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping
# custom:
#   id: VD-K8S-025
#   severity: high
#   remediation: >-
#     Remove `escalate`, `bind` and `impersonate` from the role's verbs; if a
#     controller must bind roles, restrict the rule with `resourceNames` to
#     the roles it may bind.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.1.8"]
#     NIST-800-53: ["AC-6", "AC-6(10)"]
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata: {name: role-admin}
#     rules:
#       - apiGroups: ["rbac.authorization.k8s.io"]
#         resources: ["clusterroles"]
#         verbs: ["get", "escalate", "bind"]
package verdict.kubernetes.rbac_escalate_verbs

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("%s %q rule %d grants the %s verb", [input.kind, object.get(input, ["metadata", "name"], ""), i, verb]),
	"path": ["rules", i, "verbs", j],
	"resource": k8s.resource,
} if {
	some i, rule in k8s.rbac_rules
	some j, verb in k8s.rule_list(rule, "verbs")
	lower(verb) in {"escalate", "bind", "impersonate"}
}
