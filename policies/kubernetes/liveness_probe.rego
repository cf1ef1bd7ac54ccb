# METADATA
# title: Container without a liveness probe
# description: >-
#   Without a `livenessProbe`, a hung process (deadlock, exhausted thread pool) keeps its pod Running and keeps receiving traffic until someone restarts it by hand. Reported for the regular containers of
#   long-running controllers (Deployment, StatefulSet, DaemonSet, ReplicaSet,
#   ReplicationController); Jobs, CronJobs, bare Pods, init and ephemeral
#   containers are not. A hygiene warning of low severity.
# related_resources:
#   - https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/
#   - https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
# custom:
#   id: VD-K8S-035
#   severity: low
#   remediation: >-
#     Add a `livenessProbe` (an HTTP, gRPC, TCP or exec check of the process's own health, with a generous `initialDelaySeconds` or a `startupProbe`).
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["SC-5", "SI-17"]
#   example: |
#     apiVersion: apps/v1
#     kind: Deployment
#     metadata: {name: api}
#     spec:
#       template:
#         spec:
#           containers:
#             - {name: app, image: "api:1.2"}
package verdict.kubernetes.liveness_probe

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("container %q has no liveness probe", [c.container.name]),
	"path": c.path,
	"resource": k8s.resource,
} if {
	input.kind in k8s.long_running_kinds
	some c in k8s.app_containers
	not k8s.has_key(c.container, "livenessProbe")
}
