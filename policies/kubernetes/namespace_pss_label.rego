# METADATA
# title: Namespace without a Pod Security admission level
# description: >-
#   Without the `pod-security.kubernetes.io/enforce` label a namespace gets
#   the cluster's default Pod Security level, `privileged` unless the
#   admission configuration says otherwise, so nothing stops a privileged
#   or host-namespace pod there. Namespaces with only `warn` or `audit`
#   labels are reported too (they log but admit). An explicit
#   `enforce: privileged` is a decision and is not reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-admission/
#   - https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-namespace-labels/
# custom:
#   id: VD-K8S-046
#   severity: low
#   remediation: >-
#     Label the namespace with the level its workloads meet, e.g.
#     `pod-security.kubernetes.io/enforce: restricted` (or `baseline`), and
#     pin `pod-security.kubernetes.io/enforce-version`.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.2.1"]
#     NIST-800-53: ["CM-7", "AC-6"]
#   example: |
#     apiVersion: v1
#     kind: Namespace
#     metadata:
#       name: shop
#       labels: {team: shop}
package verdict.kubernetes.namespace_pss_label

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("Namespace %q sets no pod-security.kubernetes.io/enforce level", [object.get(input, ["metadata", "name"], "")]),
	"path": labels_path,
	"resource": k8s.resource,
} if {
	input.kind == "Namespace"
	not enforced
}

enforced if {
	level := input.metadata.labels["pod-security.kubernetes.io/enforce"]
	is_string(level)
	level != ""
}

labels_path := ["metadata", "labels"] if {
	k8s.has_key(input.metadata, "labels")
} else := ["metadata"] if {
	is_object(input.metadata)
} else := ["kind"]
