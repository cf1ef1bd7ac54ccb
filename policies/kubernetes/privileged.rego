# METADATA
# title: Privileged container
# description: >-
#   A privileged container runs with every Linux capability and full access to
#   the host's devices; escaping it to the node is trivial.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: VD-K8S-001
#   severity: high
#   remediation: >-
#     Remove `securityContext.privileged: true` (or set it to false); grant only
#     the specific capabilities the workload needs with `capabilities.add`.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.2.2"]
#     NIST-800-53: ["AC-6"]
#     PSS: ["baseline"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: web}
#     spec:
#       containers:
#         - name: app
#           image: nginx:1.27
#           securityContext: {privileged: true}
package verdict.kubernetes.privileged

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("container %q runs privileged", [c.container.name]),
	"path": array.concat(c.path, ["securityContext", "privileged"]),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	c.container.securityContext.privileged == true
}
