# METADATA
# title: RBAC role can approve certificate signing requests
# description: >-
#   `update` or `patch` on `certificatesigningrequests/approval`, together
#   with `approve` on `signers`, lets a subject approve its own CSR for any
#   identity the signer issues, e.g. a kubelet client certificate for
#   `system:node:<name>` or one in the `system:masters` group, which no RBAC
#   rule can then restrict. Rules naming specific signers in `resourceNames`
#   are not reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#csrs-and-certificate-issuing
#   - https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization
# custom:
#   id: VD-K8S-033
#   severity: high
#   remediation: >-
#     Remove approval rights from the role; if a controller approves CSRs,
#     restrict its `signers` rule with `resourceNames` to the signer it
#     serves (never `kubernetes.io/kube-apiserver-client` with a wildcard).
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.1.11"]
#     NIST-800-53: ["AC-6", "IA-5(2)"]
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata: {name: csr-approver}
#     rules:
#       - apiGroups: ["certificates.k8s.io"]
#         resources: ["certificatesigningrequests/approval"]
#         verbs: ["update"]
#       - apiGroups: ["certificates.k8s.io"]
#         resources: ["signers"]
#         verbs: ["approve"]
package verdict.kubernetes.rbac_csr_approval

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("%s %q rule %d can approve certificate signing requests", [input.kind, object.get(input, ["metadata", "name"], ""), i]),
	"path": ["rules", i, "resources", j],
	"resource": k8s.resource,
} if {
	some i, rule in k8s.rbac_rules
	k8s.in_group(rule, "certificates.k8s.io")
	some j, resource in k8s.rule_list(rule, "resources")
	resource in {"certificatesigningrequests/approval", "certificatesigningrequests/*"}
	k8s.grants_any(rule, {"update", "patch"})
	approves_any_signer
}

# Some rule grants `approve` on signers without naming them.
approves_any_signer if {
	some rule in k8s.rbac_rules
	k8s.in_group(rule, "certificates.k8s.io")
	some resource in k8s.rule_list(rule, "resources")
	resource in {"signers", "*"}
	k8s.grants_any(rule, {"approve"})
	not k8s.named_only(rule)
}
