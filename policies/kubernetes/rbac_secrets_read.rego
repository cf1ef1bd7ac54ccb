# METADATA
# title: RBAC role can read Secrets
# description: >-
#   `get`, `list` or `watch` on `secrets` hands the subject every credential
#   in scope (service account tokens, TLS keys, registry passwords); `list`
#   and `watch` return the values too, not only the names. Rules narrowed
#   with `resourceNames` to particular Secrets are not reported, nor
#   `resources: ["*"]` (VD-K8S-020). A ClusterRole grants this cluster-wide
#   when bound with a ClusterRoleBinding. A warning, not a gate failure:
#   controllers such as Argo CD or cert-manager need this access by design.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets
#   - https://kubernetes.io/docs/concepts/security/secrets-good-practices/#least-privilege-secrets
# custom:
#   id: VD-K8S-026
#   severity: medium
#   remediation: >-
#     Drop read access to `secrets`, or restrict the rule to the Secrets the
#     workload needs with `resourceNames` (and `get` only); prefer mounting
#     the Secret into the pod over reading it through the API.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.1.2"]
#     NIST-800-53: ["AC-6", "IA-5"]
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata: {name: reader}
#     rules:
#       - apiGroups: [""]
#         resources: ["secrets", "configmaps"]
#         verbs: ["get", "list"]
package verdict.kubernetes.rbac_secrets_read

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("%s %q rule %d can read secrets", [input.kind, object.get(input, ["metadata", "name"], ""), i]),
	"path": ["rules", i, "resources", j],
	"resource": k8s.resource,
} if {
	some i, rule in k8s.rbac_rules
	k8s.core_group(rule)
	some j, resource in k8s.rule_list(rule, "resources")
	resource == "secrets"
	k8s.grants_any(rule, {"get", "list", "watch"})
	not k8s.named_only(rule)
}
