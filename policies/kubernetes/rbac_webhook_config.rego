# METADATA
# title: RBAC role can change admission webhooks
# description: >-
#   Write access to `validatingwebhookconfigurations` or
#   `mutatingwebhookconfigurations` lets a subject remove the admission
#   checks that enforce policy, or register a mutating webhook that rewrites
#   every pod the cluster creates (and sees every object sent to it).
#   Read access and rules narrowed with `resourceNames` (a controller
#   patching its own webhook's CA bundle) are not reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks
#   - https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/
# custom:
#   id: VD-K8S-030
#   severity: medium
#   remediation: >-
#     Keep webhook configuration changes to cluster administrators; a
#     controller that manages its own webhook should name it in
#     `resourceNames`.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.1.12"]
#     NIST-800-53: ["AC-6", "CM-5"]
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata: {name: webhook-admin}
#     rules:
#       - apiGroups: ["admissionregistration.k8s.io"]
#         resources: ["mutatingwebhookconfigurations"]
#         verbs: ["create", "update"]
package verdict.kubernetes.rbac_webhook_config

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("%s %q rule %d can modify %s", [input.kind, object.get(input, ["metadata", "name"], ""), i, resource]),
	"path": ["rules", i, "resources", j],
	"resource": k8s.resource,
} if {
	some i, rule in k8s.rbac_rules
	k8s.in_group(rule, "admissionregistration.k8s.io")
	some j, resource in k8s.rule_list(rule, "resources")
	resource in {"validatingwebhookconfigurations", "mutatingwebhookconfigurations"}
	k8s.grants_any(rule, {"create", "update", "patch", "delete", "deletecollection"})
	not k8s.named_only(rule)
}
