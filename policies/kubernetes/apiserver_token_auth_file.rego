# METADATA
# title: kube-apiserver accepts static tokens
# description: >-
#   `--token-auth-file` loads bearer tokens from a CSV file: they never
#   expire, cannot be revoked without restarting the API server, and sit in
#   clear text on the control-plane node.
# related_resources:
#   - https://kubernetes.io/docs/reference/access-authn-authz/authentication/#static-token-file
# custom:
#   id: VD-K8S-051
#   severity: medium
#   remediation: >-
#     Remove `--token-auth-file`; authenticate people with OIDC or client
#     certificates and workloads with service account tokens.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["1.2.2"]
#     NIST-800-53: ["IA-5", "IA-5(1)"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: kube-apiserver, namespace: kube-system}
#     spec:
#       containers:
#         - name: kube-apiserver
#           image: registry.k8s.io/kube-apiserver:v1.30.0
#           command: [kube-apiserver, --token-auth-file=/etc/kubernetes/tokens.csv]
package verdict.kubernetes.apiserver_token_auth_file

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("kube-apiserver container %q reads static tokens from %s", [c.container.name, k8s.flag_value(f)]),
	"path": f.path,
	"resource": k8s.resource,
} if {
	some c in k8s.apiserver_containers
	f := k8s.flag(c, "token-auth-file")
	k8s.flag_value(f) != ""
}
