# METADATA
# title: Container without CPU or memory limits
# description: >-
#   A container without a memory limit can exhaust the node's memory and get
#   its neighbours OOM-killed; without a CPU limit it can starve them. Limits
#   set on the pod (`spec.resources`, Kubernetes 1.32+) count. Which limits
#   are required is tunable with `data.verdict.config.kubernetes_required_limits`
#   (default `["cpu", "memory"]`; teams that avoid CPU limits set `["memory"]`).
#   Ephemeral debug containers cannot have resources and are exempt; a
#   LimitRange in the namespace may supply defaults this rule cannot see.
# related_resources:
#   - https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
#   - https://kubernetes.io/docs/concepts/policy/limit-range/
# custom:
#   id: VD-K8S-019
#   severity: low
#   remediation: >-
#     Set `resources.limits.memory` (and `resources.limits.cpu`) on every
#     container, e.g. `resources: {requests: {cpu: 100m, memory: 128Mi},
#     limits: {cpu: 500m, memory: 256Mi}}`.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["SC-6"]
#   example: |
#     apiVersion: apps/v1
#     kind: Deployment
#     metadata: {name: api}
#     spec:
#       template:
#         spec:
#           containers:
#             - name: app
#               image: api:1.2
#               resources: {requests: {cpu: 100m}}
package verdict.kubernetes.resource_limits

import data.verdict.lib.kubernetes as k8s
import rego.v1

required := value if {
	value := data.verdict.config.kubernetes_required_limits
} else := ["cpu", "memory"]

warn contains {
	"msg": sprintf("container %q has no %s limit", [c.container.name, concat(" or ", missing)]),
	"path": k8s.deepest_path(c.path, c.container, ["resources", "limits"]),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	c.path[count(c.path) - 2] != "ephemeralContainers"
	missing := [r | some r in required; not limited(c.container, r)]
	count(missing) > 0
}

limited(container, r) if object.get(container, ["resources", "limits", r], null) != null

limited(_, r) if object.get(k8s.pod_spec, ["resources", "limits", r], null) != null
