# METADATA
# title: Service of type NodePort
# description: >-
#   A NodePort Service opens its port on every node's addresses, outside any
#   load balancer or Ingress and often reachable from wherever the nodes
#   are; the port range (30000-32767) is easy to scan. A hygiene warning of
#   low severity: ClusterIP behind an Ingress or a LoadBalancer is the usual
#   way in.
# related_resources:
#   - https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
# custom:
#   id: VD-K8S-043
#   severity: low
#   remediation: >-
#     Use `type: ClusterIP` and expose the service through an Ingress or
#     Gateway, or a LoadBalancer restricted with `loadBalancerSourceRanges`.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["SC-7", "CM-7"]
#   example: |
#     apiVersion: v1
#     kind: Service
#     metadata: {name: web}
#     spec:
#       type: NodePort
#       selector: {app: web}
#       ports: [{port: 80, nodePort: 30080}]
package verdict.kubernetes.service_node_port

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("Service %q is of type NodePort", [object.get(input, ["metadata", "name"], "")]),
	"path": ["spec", "type"],
	"resource": k8s.resource,
} if {
	input.kind == "Service"
	input.spec.type == "NodePort"
}
