# METADATA
# title: Container without CPU or memory requests
# description: >-
#   Without requests the scheduler places the pod as if it needed nothing:
#   nodes are overcommitted, the pod is first to be evicted (BestEffort QoS)
#   and autoscalers have no baseline. A limit without a request is not
#   reported, since Kubernetes then sets the request to the limit; requests
#   set on the pod (`spec.resources`, Kubernetes 1.32+) count. Ephemeral
#   containers cannot have resources and are exempt; a LimitRange may supply
#   defaults this rule cannot see.
# related_resources:
#   - https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#requests-and-limits
#   - https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
# custom:
#   id: VD-K8S-037
#   severity: low
#   remediation: >-
#     Set `resources.requests.cpu` and `resources.requests.memory` to what the
#     container uses under normal load, e.g. `resources: {requests: {cpu:
#     100m, memory: 128Mi}}`.
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
#             - {name: app, image: "api:1.2"}
package verdict.kubernetes.resource_requests

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("container %q has no %s request", [c.container.name, concat(" or ", missing)]),
	"path": k8s.deepest_path(c.path, c.container, ["resources", "requests"]),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	c.path[count(c.path) - 2] != "ephemeralContainers"
	missing := [r | some r in ["cpu", "memory"]; not requested(c.container, r)]
	count(missing) > 0
}

requested(container, r) if object.get(container, ["resources", "requests", r], null) != null

# A limit alone defaults the request to it.
requested(container, r) if object.get(container, ["resources", "limits", r], null) != null

requested(_, r) if object.get(k8s.pod_spec, ["resources", "requests", r], null) != null

requested(_, r) if object.get(k8s.pod_spec, ["resources", "limits", r], null) != null
