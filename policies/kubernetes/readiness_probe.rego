# METADATA
# title: Container without a readiness probe
# description: >-
#   Without a `readinessProbe`, a pod is added to its Services' endpoints as soon as the process starts, before it can serve, and a rolling update proceeds even when the new version never becomes ready. Reported for the regular containers of
#   long-running controllers (Deployment, StatefulSet, DaemonSet, ReplicaSet,
#   ReplicationController); Jobs, CronJobs, bare Pods, init and ephemeral
#   containers are not. A hygiene warning of low severity.
# related_resources:
#   - https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/
#   - https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
# custom:
#   id: VD-K8S-036
#   severity: low
#   remediation: >-
#     Add a `readinessProbe` that checks the container can serve (an HTTP `/ready` endpoint or a TCP check of its port).
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["SC-5", "CP-10"]
#   example: |
#     apiVersion: apps/v1
#     kind: Deployment
#     metadata: {name: api}
#     spec:
#       template:
#         spec:
#           containers:
#             - {name: app, image: "api:1.2"}
package verdict.kubernetes.readiness_probe

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("container %q has no readiness probe", [c.container.name]),
	"path": c.path,
	"resource": k8s.resource,
} if {
	input.kind in k8s.long_running_kinds
	some c in k8s.app_containers
	not k8s.has_key(c.container, "readinessProbe")
}
