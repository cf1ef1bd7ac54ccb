# METADATA
# title: RBAC role can create PersistentVolumes
# description: >-
#   A PersistentVolume can be a `hostPath` or `local` volume on any node:
#   whoever can create one and claim it mounts the node's filesystem into a
#   pod, sidestepping the Pod Security Standards, which check pod volumes
#   but not the PersistentVolumes behind a claim. Rules narrowed with
#   `resourceNames` are not reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation
#   - https://kubernetes.io/docs/concepts/storage/persistent-volumes/
# custom:
#   id: VD-K8S-054
#   severity: medium
#   remediation: >-
#     Leave PersistentVolume creation to administrators and provisioners;
#     give workloads PersistentVolumeClaims against a StorageClass instead.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.1.9"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata: {name: storage-admin}
#     rules:
#       - apiGroups: [""]
#         resources: ["persistentvolumes"]
#         verbs: ["create"]
package verdict.kubernetes.rbac_pv_create

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("%s %q rule %d can create PersistentVolumes", [input.kind, object.get(input, ["metadata", "name"], ""), i]),
	"path": ["rules", i, "resources", j],
	"resource": k8s.resource,
} if {
	some i, rule in k8s.rbac_rules
	k8s.core_group(rule)
	some j, resource in k8s.rule_list(rule, "resources")
	resource == "persistentvolumes"
	k8s.grants_any(rule, {"create"})
	not k8s.named_only(rule)
}
