# METADATA
# title: kube-apiserver authorization without Node or RBAC
# description: >-
#   An `--authorization-mode` list without `RBAC` leaves Roles and
#   RoleBindings unenforced (ABAC files or webhooks only), and one without
#   `Node` lets every kubelet read all Secrets and pods instead of only
#   those of its own node (the NodeRestriction admission plugin relies on
#   it). Lists containing AlwaysAllow, and a missing flag, are VD-K8S-048's;
#   an `--authorization-config` file is not read.
# related_resources:
#   - https://kubernetes.io/docs/reference/access-authn-authz/node/
#   - https://kubernetes.io/docs/reference/access-authn-authz/rbac/
# custom:
#   id: VD-K8S-049
#   severity: medium
#   remediation: >-
#     Set `--authorization-mode=Node,RBAC` (add Webhook after them if an
#     external authorizer is used).
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["1.2.7", "1.2.8"]
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: kube-apiserver, namespace: kube-system}
#     spec:
#       containers:
#         - name: kube-apiserver
#           image: registry.k8s.io/kube-apiserver:v1.30.0
#           command: [kube-apiserver, --authorization-mode=ABAC]
package verdict.kubernetes.apiserver_authz_modes

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("kube-apiserver container %q --authorization-mode lacks %s", [c.container.name, mode]),
	"path": f.path,
	"resource": k8s.resource,
} if {
	some c in k8s.apiserver_containers
	f := k8s.flag(c, "authorization-mode")
	modes := k8s.flag_list(f)
	not "AlwaysAllow" in modes
	some mode in ["Node", "RBAC"]
	not mode in modes
}
