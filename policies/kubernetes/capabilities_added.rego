# METADATA
# title: Container adds capabilities beyond the baseline set
# description: >-
#   Pod Security Standards baseline forbids adding Linux capabilities other
#   than the runtime's defaults (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER,
#   FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID,
#   SYS_CHROOT). SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE or NET_RAW
#   (spoofing, ARP poisoning) open the way to the node.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container
# custom:
#   id: VD-K8S-006
#   severity: high
#   remediation: >-
#     Remove the capability from `securityContext.capabilities.add`; if the
#     workload really needs it, run it in a namespace with a privileged Pod
#     Security level and document why.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.2.8", "5.2.9"]
#     NIST-800-53: ["AC-6"]
#     PSS: ["baseline"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: sniffer}
#     spec:
#       containers:
#         - name: app
#           image: tcpdump:4.99
#           securityContext:
#             capabilities: {add: ["NET_RAW", "SYS_ADMIN"]}
package verdict.kubernetes.capabilities_added

import data.verdict.lib.kubernetes as k8s
import rego.v1

# The baseline's allowed additions: Docker's default capability set.
baseline_allowed := {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
	"NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}

deny contains {
	"msg": sprintf("container %q adds capability %s", [c.container.name, cap]),
	"path": array.concat(c.path, ["securityContext", "capabilities", "add", i]),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	added := c.container.securityContext.capabilities.add
	is_array(added)
	some i, cap in added
	is_string(cap)
	not normalize(cap) in baseline_allowed
}

# Runtimes accept "sys_admin" and "CAP_SYS_ADMIN" as well as "SYS_ADMIN".
normalize(cap) := trim_prefix(upper(cap), "CAP_")
