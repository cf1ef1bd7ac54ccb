# METADATA
# title: Pod shares host namespaces
# description: >-
#   hostNetwork, hostPID or hostIPC put the pod in the node's network, process
#   or IPC namespace, where it can sniff traffic, signal host processes or
#   read shared memory.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: VD-K8S-002
#   severity: high
#   remediation: >-
#     Remove `hostNetwork`, `hostPID` and `hostIPC` from the pod spec (they
#     default to false); expose ports with a Service instead of the host network.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.2.3", "5.2.4", "5.2.5"]
#     NIST-800-53: ["SC-39"]
#     PSS: ["baseline"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: node-exporter}
#     spec:
#       hostNetwork: true
#       hostPID: true
#       containers:
#         - {name: app, image: "prom/node-exporter:v1.8.2"}
package verdict.kubernetes.host_namespaces

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("pod spec sets %s: true", [field]),
	"path": array.concat(k8s.pod_spec_path, [field]),
	"resource": k8s.resource,
} if {
	some field in ["hostNetwork", "hostPID", "hostIPC"]
	k8s.pod_spec[field] == true
}
