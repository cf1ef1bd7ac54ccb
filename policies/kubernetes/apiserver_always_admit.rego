# METADATA
# title: kube-apiserver enables the AlwaysAdmit admission plugin
# description: >-
#   The AlwaysAdmit admission plugin (deprecated) admits every request
#   whatever the other plugins decide, switching off Pod Security admission,
#   ResourceQuota, LimitRange and NodeRestriction in effect.
# related_resources:
#   - https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwaysadmit
# custom:
#   id: VD-K8S-053
#   severity: high
#   remediation: >-
#     Remove AlwaysAdmit from `--enable-admission-plugins` on the
#     kube-apiserver.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["1.2.10"]
#     NIST-800-53: ["CM-7", "AC-3"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: kube-apiserver, namespace: kube-system}
#     spec:
#       containers:
#         - name: kube-apiserver
#           image: registry.k8s.io/kube-apiserver:v1.30.0
#           command: [kube-apiserver, "--enable-admission-plugins=NodeRestriction,AlwaysAdmit"]
package verdict.kubernetes.apiserver_always_admit

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("kube-apiserver container %q enables the AlwaysAdmit admission plugin", [c.container.name]),
	"path": f.path,
	"resource": k8s.resource,
} if {
	some c in k8s.apiserver_containers
	some name in ["enable-admission-plugins", "admission-control"]
	f := k8s.flag(c, name)
	"AlwaysAdmit" in k8s.flag_list(f)
}
