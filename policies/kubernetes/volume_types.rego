# METADATA
# title: Volume type outside the restricted allow-list
# description: >-
#   The restricted Pod Security Standard allows only configMap, csi,
#   downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and
#   secret volumes. The others (nfs, iscsi, rbd, cephfs, gitRepo, flexVolume,
#   in-tree cloud disks, …) mount storage straight from the node or the
#   network, outside the PersistentVolume access controls; `gitRepo` runs
#   git on the node. `hostPath` is reported by VD-K8S-005 and left out here.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#   - https://kubernetes.io/docs/concepts/storage/volumes/
# custom:
#   id: VD-K8S-032
#   severity: medium
#   remediation: >-
#     Use a PersistentVolumeClaim (backed by a PersistentVolume or a CSI
#     driver) instead of mounting the storage directly in the pod; replace
#     `gitRepo` with an init container that clones into an emptyDir.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["AC-6", "CM-7"]
#     PSS: ["restricted"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: web}
#     spec:
#       containers:
#         - {name: app, image: "nginx:1.27"}
#       volumes:
#         - name: share
#           nfs: {server: nfs.local, path: /exports}
package verdict.kubernetes.volume_types

import data.verdict.lib.kubernetes as k8s
import rego.v1

allowed := {
	"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
	"persistentVolumeClaim", "projected", "secret",
	"hostPath", # VD-K8S-005
}

deny contains {
	"msg": sprintf("volume %q uses the %s volume type", [object.get(volume, "name", ""), type]),
	"path": array.concat(k8s.pod_spec_path, ["volumes", i, type]),
	"resource": k8s.resource,
} if {
	is_array(k8s.pod_spec.volumes)
	some i, volume in k8s.pod_spec.volumes
	is_object(volume)
	some type, _ in volume
	type != "name"
	not type in allowed
}
