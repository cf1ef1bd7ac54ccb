# METADATA
# title: RBAC role can mint service account tokens
# description: >-
#   `create` on `serviceaccounts/token` issues a fresh token for any service
#   account the role reaches, so the subject can act as each of them,
#   including the most privileged one in the namespace. Rules narrowed with
#   `resourceNames` are not reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#token-request
#   - https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-request-v1/
# custom:
#   id: VD-K8S-029
#   severity: medium
#   remediation: >-
#     Remove `serviceaccounts/token` from the role, or restrict it with
#     `resourceNames` to the service accounts the subject must mint tokens
#     for.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.1.13"]
#     NIST-800-53: ["AC-6", "IA-5"]
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata: {name: token-minter}
#     rules:
#       - apiGroups: [""]
#         resources: ["serviceaccounts/token"]
#         verbs: ["create"]
package verdict.kubernetes.rbac_sa_token

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("%s %q rule %d can create service account tokens", [input.kind, object.get(input, ["metadata", "name"], ""), i]),
	"path": ["rules", i, "resources", j],
	"resource": k8s.resource,
} if {
	some i, rule in k8s.rbac_rules
	k8s.core_group(rule)
	some j, resource in k8s.rule_list(rule, "resources")
	resource in {"serviceaccounts/token", "serviceaccounts/*"}
	k8s.grants_any(rule, {"create"})
	not k8s.named_only(rule)
}
