# METADATA
# title: Unmasked /proc mount
# description: >-
#   `procMount: Unmasked` gives the container an unmasked /proc, exposing
#   kernel interfaces (/proc/sys, /proc/sysrq-trigger, …) the runtime normally
#   hides. Pod Security Standards baseline requires the Default proc mount.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: VD-K8S-014
#   severity: medium
#   remediation: >-
#     Remove `securityContext.procMount` or set it to `Default`.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["AC-6"]
#     PSS: ["baseline"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: builder}
#     spec:
#       hostUsers: false
#       containers:
#         - name: app
#           image: buildkit:0.16
#           securityContext: {procMount: Unmasked}
package verdict.kubernetes.proc_mount

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("container %q sets procMount %v", [c.container.name, mount]),
	"path": array.concat(c.path, ["securityContext", "procMount"]),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	mount := c.container.securityContext.procMount
	is_string(mount)
	mount != "Default"
}
