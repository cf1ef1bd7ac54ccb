# METADATA
# title: Container uses a hostPort
# description: >-
#   A hostPort binds the container port on the node's own IP, bypassing
#   Services and most NetworkPolicy setups, and limits where the pod can be
#   scheduled. Pod Security Standards baseline forbids host ports.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - https://kubernetes.io/docs/concepts/configuration/overview/#services
# custom:
#   id: VD-K8S-012
#   severity: medium
#   remediation: >-
#     Remove `hostPort` from the container's `ports` and expose the port with a
#     Service (ClusterIP, or NodePort/LoadBalancer if it must be reachable
#     from outside).
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.2.13"]
#     NIST-800-53: ["SC-7"]
#     PSS: ["baseline"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: web}
#     spec:
#       containers:
#         - name: app
#           image: nginx:1.27
#           ports: [{containerPort: 80, hostPort: 80}]
package verdict.kubernetes.host_port

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("container %q binds host port %v", [c.container.name, port.hostPort]),
	"path": array.concat(c.path, ["ports", i, "hostPort"]),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	is_array(c.container.ports)
	some i, port in c.container.ports
	is_number(port.hostPort)
	port.hostPort != 0
}
