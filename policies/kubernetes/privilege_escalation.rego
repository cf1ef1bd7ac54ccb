# METADATA
# title: Container allows privilege escalation
# description: >-
#   Unless allowPrivilegeEscalation is false, a process can gain more
#   privileges than its parent (setuid binaries, file capabilities).
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: VD-K8S-003
#   severity: medium
#   remediation: >-
#     Set `securityContext.allowPrivilegeEscalation: false` on every container.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.2.6"]
#     NIST-800-53: ["AC-6"]
#     PSS: ["restricted"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: web}
#     spec:
#       containers:
#         - name: app
#           image: nginx:1.27
#           securityContext: {allowPrivilegeEscalation: true}
package verdict.kubernetes.privilege_escalation

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("container %q does not set allowPrivilegeEscalation: false", [c.container.name]),
	"path": escalation_path(c),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	not c.container.securityContext.allowPrivilegeEscalation == false
}

escalation_path(c) := array.concat(c.path, ["securityContext", "allowPrivilegeEscalation"]) if {
	"allowPrivilegeEscalation" in object.keys(object.get(c.container, "securityContext", {}))
} else := c.path
