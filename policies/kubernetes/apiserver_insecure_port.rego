# METADATA
# title: kube-apiserver serves an insecure port
# description: >-
#   `--insecure-port` set to anything but 0 opens an HTTP port that skips
#   authentication and authorization entirely: whoever reaches it is
#   cluster-admin. Kubernetes 1.20 stopped honouring non-zero values and
#   1.24 removed the flag, but manifests for older clusters (and copies of
#   them) still carry it; `--insecure-bind-address` other than localhost
#   makes it reachable from the network. Only values written in the
#   manifest are judged: the pre-1.20 default (8080 on localhost) depends on
#   the version, which a manifest does not state.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/controlling-access/#api-server-ports-and-ips
#   - https://github.com/kubernetes/kubernetes/pull/95856
# custom:
#   id: VD-K8S-050
#   severity: high
#   remediation: >-
#     Set `--insecure-port=0` (or remove it on Kubernetes 1.24+), drop
#     `--insecure-bind-address`, and reach the API only on the secure port.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["AC-3", "IA-2", "SC-8"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: kube-apiserver, namespace: kube-system}
#     spec:
#       containers:
#         - name: kube-apiserver
#           image: registry.k8s.io/kube-apiserver:v1.18.0
#           command: [kube-apiserver, --insecure-port=8080, --insecure-bind-address=0.0.0.0]
package verdict.kubernetes.apiserver_insecure_port

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("kube-apiserver container %q serves unauthenticated HTTP on --insecure-port=%s", [c.container.name, k8s.flag_value(f)]),
	"path": f.path,
	"resource": k8s.resource,
} if {
	some c in k8s.apiserver_containers
	f := k8s.flag(c, "insecure-port")
	not k8s.flag_value(f) in {"0", ""}
}

deny contains {
	"msg": sprintf("kube-apiserver container %q binds the insecure port to %s", [c.container.name, k8s.flag_value(f)]),
	"path": f.path,
	"resource": k8s.resource,
} if {
	some c in k8s.apiserver_containers
	f := k8s.flag(c, "insecure-bind-address")
	not k8s.flag_value(f) in {"127.0.0.1", "localhost", "::1", ""}
	not port_disabled(c)
}

port_disabled(c) if k8s.flag_value(k8s.flag(c, "insecure-port")) == "0"

