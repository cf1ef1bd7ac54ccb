# METADATA
# title: Container not required to run as non-root
# description: >-
#   Without `runAsNonRoot: true` (or an explicit non-zero `runAsUser`) the
#   container runs as whatever user the image declares, which for most images
#   is root. Pod Security Standards restricted requires runAsNonRoot on the
#   pod or on every container; this rule also accepts an explicit non-zero
#   runAsUser, which equally keeps the process off UID 0. A container set to
#   `runAsUser: 0` is reported by VD-K8S-008 instead.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#   - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: VD-K8S-009
#   severity: medium
#   remediation: >-
#     Set `securityContext.runAsNonRoot: true` in the pod spec (and a non-zero
#     `runAsUser` if the image has no numeric USER).
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.2.7"]
#     NIST-800-53: ["AC-6"]
#     PSS: ["restricted"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: web}
#     spec:
#       containers:
#         - name: app
#           image: nginx:1.27
#           securityContext: {runAsNonRoot: false}
package verdict.kubernetes.run_as_non_root

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("container %q may run as root: runAsNonRoot is not true and no non-zero runAsUser is set", [c.container.name]),
	"path": k8s.security_setting_path(c, "runAsNonRoot"),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	not non_root(c)
	not explicit_user(c)
}

# A helper rule rather than `not k8s.security_setting(…) == true`: OPA hoists
# a function call out of a negation, so that form is undefined, not true,
# when neither the container nor the pod sets the field (opa#1877).
non_root(c) if k8s.security_setting(c, "runAsNonRoot") == true

# Any explicit runAsUser: non-zero keeps the process off root, zero is VD-K8S-008's.
explicit_user(c) if is_number(k8s.security_setting(c, "runAsUser"))
