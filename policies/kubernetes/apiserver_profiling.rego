# METADATA
# title: kube-apiserver profiling enabled
# description: >-
#   `--profiling` defaults to true and serves Go's pprof handlers under
#   `/debug/pprof`, which reveal internals and allow CPU-heavy profiles to
#   be triggered; production API servers do not need them. An API server
#   without `--profiling=false` is reported.
# related_resources:
#   - https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: VD-K8S-052
#   severity: low
#   remediation: >-
#     Add `--profiling=false` to the kube-apiserver command.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["1.2.16"]
#     NIST-800-53: ["CM-7"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: kube-apiserver, namespace: kube-system}
#     spec:
#       containers:
#         - name: kube-apiserver
#           image: registry.k8s.io/kube-apiserver:v1.30.0
#           command: [kube-apiserver, --authorization-mode=Node,RBAC]
package verdict.kubernetes.apiserver_profiling

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("kube-apiserver container %q leaves profiling on", [c.container.name]),
	"path": where(c),
	"resource": k8s.resource,
} if {
	some c in k8s.apiserver_containers
	not disabled(c)
}

disabled(c) if lower(k8s.flag(c, "profiling").value) == "false"


where(c) := k8s.flag(c, "profiling").path if {
	k8s.has_flag(c, "profiling")
} else := k8s.command_path(c)
