# METADATA
# title: Seccomp explicitly disabled
# description: >-
#   `seccompProfile.type: Unconfined` on the pod or a container turns off
#   system-call filtering, exposing the whole kernel API (keyctl, unshare,
#   bpf, …) that container escapes rely on. Pod Security Standards baseline
#   forbids it.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - https://kubernetes.io/docs/tutorials/security/seccomp/
# custom:
#   id: VD-K8S-010
#   severity: medium
#   remediation: >-
#     Set `securityContext.seccompProfile.type: RuntimeDefault` (or `Localhost`
#     with a reviewed profile) instead of `Unconfined`.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.7.2"]
#     NIST-800-53: ["CM-7"]
#     PSS: ["baseline"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: web}
#     spec:
#       securityContext:
#         seccompProfile: {type: Unconfined}
#       containers:
#         - {name: app, image: "nginx:1.27"}
package verdict.kubernetes.seccomp_unconfined

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": "pod spec sets seccompProfile type Unconfined",
	"path": array.concat(k8s.pod_spec_path, ["securityContext", "seccompProfile", "type"]),
	"resource": k8s.resource,
} if {
	k8s.pod_spec.securityContext.seccompProfile.type == "Unconfined"
}

deny contains {
	"msg": sprintf("container %q sets seccompProfile type Unconfined", [c.container.name]),
	"path": array.concat(c.path, ["securityContext", "seccompProfile", "type"]),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	c.container.securityContext.seccompProfile.type == "Unconfined"
}
