# METADATA
# title: Container does not drop all capabilities
# description: >-
#   Pod Security Standards restricted requires every container to drop ALL
#   Linux capabilities and add back at most NET_BIND_SERVICE: the runtime's
#   default set (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW on some runtimes, …) is
#   more than most processes need. Windows pods are exempt. Capabilities outside
#   the baseline set are reported by VD-K8S-006 instead.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: VD-K8S-007
#   severity: medium
#   remediation: >-
#     Set `securityContext.capabilities.drop: ["ALL"]` on every container and
#     add back only `NET_BIND_SERVICE` if it binds a port below 1024.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.2.10"]
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
package verdict.kubernetes.capabilities_drop_all

import data.verdict.lib.kubernetes as k8s
import rego.v1

# Baseline allows these additions; restricted only NET_BIND_SERVICE.
restricted_forbidden_adds := {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
	"SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}

warn contains {
	"msg": sprintf("container %q does not drop ALL capabilities", [c.container.name]),
	"path": k8s.deepest_path(c.path, c.container, ["securityContext", "capabilities", "drop"]),
	"resource": k8s.resource,
} if {
	not k8s.windows
	some c in k8s.containers
	not drops_all(c.container)
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
	trim_prefix(upper(cap), "CAP_") in restricted_forbidden_adds
}

# containerd and CRI-O compare "ALL" case-insensitively.
drops_all(container) if {
	dropped := container.securityContext.capabilities.drop
	is_array(dropped)
	some cap in dropped
	upper(cap) == "ALL"
}
