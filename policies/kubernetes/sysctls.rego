# METADATA
# title: Unsafe sysctl
# description: >-
#   Sysctls outside the namespaced "safe" set can change kernel behaviour for
#   every pod on the node (e.g. `kernel.msgmax`, `net.core.somaxconn` on some
#   kernels, `vm.*`). Pod Security Standards baseline allows only the safe
#   set: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range,
#   net.ipv4.ip_local_reserved_ports, net.ipv4.ip_unprivileged_port_start,
#   net.ipv4.tcp_syncookies, net.ipv4.ping_group_range,
#   net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout,
#   net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes,
#   net.ipv4.tcp_rmem and net.ipv4.tcp_wmem.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/
# custom:
#   id: VD-K8S-016
#   severity: medium
#   remediation: >-
#     Remove the sysctl from `spec.securityContext.sysctls`, or set it on the
#     nodes (with the kubelet's `--allowed-unsafe-sysctls` and a dedicated node
#     pool) rather than from the workload.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["CM-7"]
#     PSS: ["baseline"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: db}
#     spec:
#       securityContext:
#         sysctls: [{name: kernel.msgmax, value: "65536"}]
#       containers:
#         - {name: app, image: "postgres:17"}
package verdict.kubernetes.sysctls

import data.verdict.lib.kubernetes as k8s
import rego.v1

safe_sysctls := {
	"kernel.shm_rmid_forced",
	"net.ipv4.ip_local_port_range",
	"net.ipv4.ip_local_reserved_ports",
	"net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies",
	"net.ipv4.ping_group_range",
	"net.ipv4.tcp_keepalive_time",
	"net.ipv4.tcp_fin_timeout",
	"net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
	"net.ipv4.tcp_rmem",
	"net.ipv4.tcp_wmem",
}

deny contains {
	"msg": sprintf("pod spec sets unsafe sysctl %q", [sysctl.name]),
	"path": array.concat(k8s.pod_spec_path, ["securityContext", "sysctls", i, "name"]),
	"resource": k8s.resource,
} if {
	sysctls := k8s.pod_spec.securityContext.sysctls
	is_array(sysctls)
	some i, sysctl in sysctls
	is_string(sysctl.name)
	not sysctl.name in safe_sysctls
}
