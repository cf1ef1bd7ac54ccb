# METADATA
# title: Service with externalIPs
# description: >-
#   `spec.externalIPs` makes every node answer for the listed addresses, and
#   anyone who can create a Service can claim any IP this way and intercept
#   traffic meant for it (CVE-2020-8554, unpatchable in Kubernetes; the
#   DenyServiceExternalIPs admission plugin, CIS 1.2.3, blocks the field
#   cluster-wide).
# related_resources:
#   - https://kubernetes.io/docs/concepts/services-networking/service/#external-ips
#   - https://github.com/kubernetes/kubernetes/issues/97076
# custom:
#   id: VD-K8S-044
#   severity: medium
#   remediation: >-
#     Remove `spec.externalIPs`; expose the service with a LoadBalancer or an
#     Ingress, and enable the DenyServiceExternalIPs admission plugin.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["SC-7", "SC-20"]
#   example: |
#     apiVersion: v1
#     kind: Service
#     metadata: {name: web}
#     spec:
#       selector: {app: web}
#       ports: [{port: 80}]
#       externalIPs: ["203.0.113.10"]
package verdict.kubernetes.service_external_ips

import data.verdict.lib.kubernetes as k8s
import rego.v1

deny contains {
	"msg": sprintf("Service %q claims external IP %v", [object.get(input, ["metadata", "name"], ""), ip]),
	"path": ["spec", "externalIPs", i],
	"resource": k8s.resource,
} if {
	input.kind == "Service"
	is_array(input.spec.externalIPs)
	some i, ip in input.spec.externalIPs
}
