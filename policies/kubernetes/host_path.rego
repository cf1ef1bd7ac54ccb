# METADATA
# title: hostPath volume
# description: >-
#   A hostPath volume mounts a directory of the node into the pod; writable
#   mounts of paths such as / or /var/run/docker.sock hand over the node.
# related_resources:
#   - https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
# custom:
#   id: VD-K8S-005
#   severity: high
#   remediation: >-
#     Replace the hostPath volume with an emptyDir, a ConfigMap/Secret or a
#     PersistentVolumeClaim; if a node path is unavoidable, mount it readOnly.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.2.12"]
#     NIST-800-53: ["AC-6", "SC-39"]
#     PSS: ["baseline"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: builder}
#     spec:
#       containers:
#         - name: app
#           image: docker:27
#           volumeMounts: [{name: sock, mountPath: /var/run/docker.sock}]
#       volumes:
#         - name: sock
#           hostPath: {path: /var/run/docker.sock}
package verdict.kubernetes.host_path

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("volume %q mounts host path %q", [v.name, v.hostPath.path]),
	"path": array.concat(k8s.pod_spec_path, ["volumes", i, "hostPath"]),
	"resource": k8s.resource,
} if {
	some i, v in k8s.pod_spec.volumes
	v.hostPath
}
