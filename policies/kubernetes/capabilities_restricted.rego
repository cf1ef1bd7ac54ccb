# METADATA
# title: Container adds a capability other than NET_BIND_SERVICE
# description: >-
#   The restricted Pod Security Standard lets a container add back only
#   NET_BIND_SERVICE after dropping ALL. Capabilities the baseline still
#   tolerates (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, KILL, …) are
#   reported here; those beyond the baseline set are VD-K8S-006's. Windows
#   pods are exempt, as in the standard.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#   - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container
# custom:
#   id: VD-K8S-033
#   severity: low
#   remediation: >-
#     Remove the capability from `securityContext.capabilities.add` (keep
#     `drop: ["ALL"]`); fix file ownership at build time instead of needing
#     CHOWN or DAC_OVERRIDE at run time, and run as the right user instead of
#     SETUID/SETGID.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.2.9"]
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
#           securityContext:
#             capabilities: {drop: ["ALL"], add: ["CHOWN"]}
package verdict.kubernetes.capabilities_restricted

import data.verdict.lib.kubernetes as k8s
import rego.v1

# The baseline set minus NET_BIND_SERVICE (beyond it is VD-K8S-006).
baseline_only := {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
	"SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}

warn contains {
	"msg": sprintf("container %q adds capability %s (restricted allows only NET_BIND_SERVICE)", [c.container.name, cap]),
	"path": array.concat(c.path, ["securityContext", "capabilities", "add", i]),
	"resource": k8s.resource,
} if {
	not k8s.windows
	some c in k8s.containers
	added := c.container.securityContext.capabilities.add
	is_array(added)
	some i, cap in added
	is_string(cap)
	trim_prefix(upper(cap), "CAP_") in baseline_only
}
