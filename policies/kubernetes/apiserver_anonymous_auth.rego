# METADATA
# title: kube-apiserver allows anonymous requests
# description: >-
#   A kube-apiserver static pod without `--anonymous-auth=false` (the flag
#   defaults to true) serves unauthenticated requests as `system:anonymous`;
#   whatever RBAC grants that user or `system:unauthenticated` becomes
#   public, and the API is open to probing. Read from the container's
#   `command` and `args` (`--flag=value` form); an `--authentication-config`
#   file, which can configure anonymous access instead, is not read and its
#   presence silences the missing-flag case. Health checks that need
#   anonymous access can use the authenticated `/livez` with a token.
# related_resources:
#   - https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests
#   - https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
# custom:
#   id: VD-K8S-047
#   severity: medium
#   remediation: >-
#     Add `--anonymous-auth=false` to the kube-apiserver command (or, from
#     1.32, restrict anonymous access to health endpoints in the
#     AuthenticationConfiguration).
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["1.2.1"]
#     NIST-800-53: ["AC-14", "IA-2"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: kube-apiserver, namespace: kube-system}
#     spec:
#       containers:
#         - name: kube-apiserver
#           image: registry.k8s.io/kube-apiserver:v1.30.0
#           command: [kube-apiserver, --authorization-mode=Node,RBAC]
package verdict.kubernetes.apiserver_anonymous_auth

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("kube-apiserver container %q sets --anonymous-auth=%s", [c.container.name, value(f)]),
	"path": f.path,
	"resource": k8s.resource,
} if {
	some c in k8s.apiserver_containers
	f := k8s.flag(c, "anonymous-auth")
	lower(value(f)) != "false"
}

deny contains {
	"msg": sprintf("kube-apiserver container %q does not disable anonymous requests (--anonymous-auth defaults to true)", [c.container.name]),
	"path": k8s.command_path(c),
	"resource": k8s.resource,
} if {
	some c in k8s.apiserver_containers
	not k8s.has_flag(c, "anonymous-auth")
	not k8s.has_flag(c, "authentication-config")
}

value(f) := "true" if f.bare else := f.value
