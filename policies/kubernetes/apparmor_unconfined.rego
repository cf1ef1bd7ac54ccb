# METADATA
# title: AppArmor explicitly disabled
# description: >-
#   An `Unconfined` AppArmor profile (the `appArmorProfile` field, or the
#   `container.apparmor.security.beta.kubernetes.io/<container>: unconfined`
#   annotation) removes the runtime's default mandatory access control
#   profile. Pod Security Standards baseline allows only RuntimeDefault or
#   Localhost profiles.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - https://kubernetes.io/docs/tutorials/security/apparmor/
# custom:
#   id: VD-K8S-013
#   severity: medium
#   remediation: >-
#     Remove the Unconfined profile, or set
#     `securityContext.appArmorProfile.type: RuntimeDefault` (annotation value
#     `runtime/default` on clusters older than 1.30).
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["AC-6"]
#     PSS: ["baseline"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata:
#       name: web
#       annotations:
#         container.apparmor.security.beta.kubernetes.io/app: unconfined
#     spec:
#       containers:
#         - {name: app, image: "nginx:1.27"}
package verdict.kubernetes.apparmor_unconfined

import data.verdict.lib.kubernetes as k8s
import rego.v1

annotation_prefix := "container.apparmor.security.beta.kubernetes.io/"

deny contains {
	"msg": "pod spec sets appArmorProfile type Unconfined",
	"path": array.concat(k8s.pod_spec_path, ["securityContext", "appArmorProfile", "type"]),
	"resource": k8s.resource,
} if {
	k8s.pod_spec.securityContext.appArmorProfile.type == "Unconfined"
}

deny contains {
	"msg": sprintf("container %q sets appArmorProfile type Unconfined", [c.container.name]),
	"path": array.concat(c.path, ["securityContext", "appArmorProfile", "type"]),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	c.container.securityContext.appArmorProfile.type == "Unconfined"
}

deny contains {
	"msg": sprintf("annotation %q runs container %q without AppArmor", [key, trim_prefix(key, annotation_prefix)]),
	"path": array.concat(k8s.pod_meta_path, ["annotations", key]),
	"resource": k8s.resource,
} if {
	is_object(k8s.pod_annotations)
	some key, value in k8s.pod_annotations
	startswith(key, annotation_prefix)
	value == "unconfined"
}
