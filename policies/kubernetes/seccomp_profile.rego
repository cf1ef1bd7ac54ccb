# METADATA
# title: No seccomp profile (RuntimeDefault or Localhost)
# description: >-
#   Unless a seccomp profile is set, the kubelet runs containers Unconfined
#   (the SeccompDefault feature is off by default). Pod Security Standards
#   restricted requires `RuntimeDefault` or `Localhost` on the pod or on every
#   container. The legacy `seccomp.security.alpha.kubernetes.io` annotations
#   are ignored since Kubernetes 1.27 and do not count. Windows pods are
#   exempt; an explicit Unconfined is reported by VD-K8S-010 instead.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#   - https://kubernetes.io/docs/tutorials/security/seccomp/
# custom:
#   id: VD-K8S-011
#   severity: low
#   remediation: >-
#     Add `securityContext: {seccompProfile: {type: RuntimeDefault}}` to the
#     pod spec.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.7.2"]
#     NIST-800-53: ["CM-7"]
#     PSS: ["restricted"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: web}
#     spec:
#       containers:
#         - {name: app, image: "nginx:1.27"}
package verdict.kubernetes.seccomp_profile

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("container %q has no RuntimeDefault or Localhost seccomp profile", [c.container.name]),
	"path": k8s.security_setting_path(c, "seccompProfile"),
	"resource": k8s.resource,
} if {
	not k8s.windows
	some c in k8s.containers
	not confined(c)
	not unconfined(c)
}

confined(c) if k8s.security_setting(c, "seccompProfile").type in {"RuntimeDefault", "Localhost"}

unconfined(c) if k8s.security_setting(c, "seccompProfile").type == "Unconfined"
