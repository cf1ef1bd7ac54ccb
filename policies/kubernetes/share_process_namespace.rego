# METADATA
# title: Pod shares one process namespace between its containers
# description: >-
#   With `shareProcessNamespace: true` every container sees and can signal
#   the others' processes and read their environment and filesystems
#   through `/proc/<pid>/root`, so a compromised sidecar reaches the main
#   container's secrets.
# related_resources:
#   - https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/
# custom:
#   id: VD-K8S-034
#   severity: medium
#   remediation: >-
#     Remove `shareProcessNamespace: true`; debug with an ephemeral container
#     (`kubectl debug --target`) when a shared view is needed.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["SC-39"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: web}
#     spec:
#       shareProcessNamespace: true
#       containers:
#         - {name: app, image: "nginx:1.27"}
package verdict.kubernetes.share_process_namespace

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("%s %q shares a process namespace between its containers", [input.kind, object.get(input, ["metadata", "name"], "")]),
	"path": array.concat(k8s.pod_spec_path, ["shareProcessNamespace"]),
	"resource": k8s.resource,
} if {
	k8s.pod_spec.shareProcessNamespace == true
}
