# METADATA
# title: Writable root filesystem
# description: >-
#   Without `readOnlyRootFilesystem: true` an attacker who gets code execution
#   can drop binaries, web shells or modified configuration into the
#   container's file system. Applies to regular and init containers
#   (ephemeral debug containers are exempt).
# related_resources:
#   - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
#   - https://kubernetes.io/docs/concepts/security/security-checklist/#pod-security
# custom:
#   id: VD-K8S-018
#   severity: low
#   remediation: >-
#     Set `securityContext.readOnlyRootFilesystem: true` and mount an
#     `emptyDir` at the paths the process must write to (e.g. /tmp).
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.7.3"]
#     NIST-800-53: ["SI-7"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: web}
#     spec:
#       containers:
#         - {name: app, image: "nginx:1.27"}
package verdict.kubernetes.read_only_root_fs

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("container %q does not set readOnlyRootFilesystem: true", [c.container.name]),
	"path": k8s.deepest_path(c.path, c.container, ["securityContext", "readOnlyRootFilesystem"]),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	c.path[count(c.path) - 2] != "ephemeralContainers"
	not c.container.securityContext.readOnlyRootFilesystem == true
}
