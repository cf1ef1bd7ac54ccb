# METADATA
# title: kube-apiserver authorizes every request
# description: >-
#   With `--authorization-mode` containing `AlwaysAllow`, or not set at all
#   (its default is AlwaysAllow), every authenticated request is permitted:
#   every user and service account is effectively cluster-admin. Modes are
#   evaluated in order, so AlwaysAllow anywhere in the list allows whatever
#   the earlier ones do not deny. An `--authorization-config` file replaces
#   the flag and silences the missing-flag case.
# related_resources:
#   - https://kubernetes.io/docs/reference/access-authn-authz/authorization/#authorization-modules
#   - https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: VD-K8S-048
#   severity: critical
#   remediation: >-
#     Set `--authorization-mode=Node,RBAC` on the kube-apiserver.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["1.2.6"]
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: kube-apiserver, namespace: kube-system}
#     spec:
#       containers:
#         - name: kube-apiserver
#           image: registry.k8s.io/kube-apiserver:v1.30.0
#           command: [kube-apiserver, --authorization-mode=AlwaysAllow]
package verdict.kubernetes.apiserver_always_allow

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("kube-apiserver container %q authorizes with AlwaysAllow", [c.container.name]),
	"path": f.path,
	"resource": k8s.resource,
} if {
	some c in k8s.apiserver_containers
	f := k8s.flag(c, "authorization-mode")
	"AlwaysAllow" in k8s.flag_list(f)
}

deny contains {
	"msg": sprintf("kube-apiserver container %q sets no --authorization-mode (the default is AlwaysAllow)", [c.container.name]),
	"path": k8s.command_path(c),
	"resource": k8s.resource,
} if {
	some c in k8s.apiserver_containers
	not k8s.has_flag(c, "authorization-mode")
	not k8s.has_flag(c, "authorization-config")
}
