# METADATA
# title: Windows HostProcess container
# description: >-
#   `windowsOptions.hostProcess: true` runs the container as a process on the
#   Windows node with the host's network and file system: the Windows
#   equivalent of a privileged container. Pod Security Standards baseline
#   forbids it.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/
# custom:
#   id: VD-K8S-017
#   severity: high
#   remediation: >-
#     Remove `securityContext.windowsOptions.hostProcess` (and
#     `hostNetwork: true`); run node-management agents only in a dedicated,
#     privileged namespace.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.2.11"]
#     NIST-800-53: ["AC-6"]
#     PSS: ["baseline"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: agent}
#     spec:
#       hostNetwork: true
#       securityContext:
#         windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\SYSTEM"}
#       containers:
#         - {name: app, image: "agent:2.0"}
package verdict.kubernetes.windows_host_process

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": "pod spec runs Windows HostProcess containers",
	"path": array.concat(k8s.pod_spec_path, ["securityContext", "windowsOptions", "hostProcess"]),
	"resource": k8s.resource,
} if {
	k8s.pod_spec.securityContext.windowsOptions.hostProcess == true
}

deny contains {
	"msg": sprintf("container %q is a Windows HostProcess container", [c.container.name]),
	"path": array.concat(c.path, ["securityContext", "windowsOptions", "hostProcess"]),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	c.container.securityContext.windowsOptions.hostProcess == true
}
