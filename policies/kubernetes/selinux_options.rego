# METADATA
# title: Custom SELinux user, role or type
# description: >-
#   Setting an SELinux user or role, or a type other than the container types
#   (container_t, container_init_t, container_kvm_t, container_engine_t),
#   moves the process out of the confinement the runtime's policy gives
#   containers (e.g. `spc_t` is unconfined). Pod Security Standards baseline
#   forbids it.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#assign-selinux-labels-to-a-container
# custom:
#   id: VD-K8S-015
#   severity: medium
#   remediation: >-
#     Remove `seLinuxOptions.user`, `seLinuxOptions.role` and any
#     `seLinuxOptions.type` other than `container_t`; keep only `level` if an
#     MCS level is needed.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6"]
#     PSS: ["baseline"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: agent}
#     spec:
#       securityContext:
#         seLinuxOptions: {type: spc_t}
#       containers:
#         - {name: app, image: "agent:2.0"}
package verdict.kubernetes.selinux_options

import data.verdict.lib.kubernetes as k8s
import rego.v1

allowed_types := {"", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"}

# Every seLinuxOptions block with its owner's label and path: the pod's and each container's.
options contains {"owner": "pod spec", "options": opts, "path": array.concat(k8s.pod_spec_path, ["securityContext", "seLinuxOptions"])} if {
	opts := k8s.pod_spec.securityContext.seLinuxOptions
	is_object(opts)
}

options contains {"owner": sprintf("container %q", [c.container.name]), "options": opts, "path": array.concat(c.path, ["securityContext", "seLinuxOptions"])} if {
	some c in k8s.containers
	opts := c.container.securityContext.seLinuxOptions
	is_object(opts)
}

deny contains {
	"msg": sprintf("%s sets SELinux type %q", [o.owner, o.options.type]),
	"path": array.concat(o.path, ["type"]),
	"resource": k8s.resource,
} if {
	some o in options
	is_string(o.options.type)
	not o.options.type in allowed_types
}

deny contains {
	"msg": sprintf("%s sets SELinux %s %q", [o.owner, field, o.options[field]]),
	"path": array.concat(o.path, [field]),
	"resource": k8s.resource,
} if {
	some o in options
	some field in ["user", "role"]
	is_string(o.options[field])
	o.options[field] != ""
}
