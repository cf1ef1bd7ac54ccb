# METADATA
# title: Container runs as UID 0
# description: >-
#   `runAsUser: 0` (on the container, or on the pod and not overridden) runs
#   the process as root, whatever USER the image sets; a container escape or a
#   writable hostPath then lands as root on the node. Pod Security Standards
#   restricted forbids it.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#   - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: VD-K8S-008
#   severity: medium
#   remediation: >-
#     Set `securityContext.runAsUser` to a non-zero UID (e.g. 10001) and
#     `runAsNonRoot: true`; build the image with a matching `USER`.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.2.7"]
#     NIST-800-53: ["AC-6"]
#     PSS: ["restricted"]
#   example: |
#     apiVersion: apps/v1
#     kind: Deployment
#     metadata: {name: api}
#     spec:
#       template:
#         spec:
#           securityContext: {runAsUser: 0}
#           containers:
#             - {name: app, image: "api:1.2"}
package verdict.kubernetes.run_as_root_user

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("container %q runs as root (runAsUser: 0)", [c.container.name]),
	"path": k8s.security_setting_path(c, "runAsUser"),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	k8s.security_setting(c, "runAsUser") == 0
}
