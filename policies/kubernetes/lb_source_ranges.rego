# METADATA
# title: LoadBalancer Service open to any source
# description: >-
#   A Service of type LoadBalancer without `spec.loadBalancerSourceRanges`
#   (or the `service.beta.kubernetes.io/load-balancer-source-ranges`
#   annotation) gets a cloud load balancer that accepts connections from
#   the whole internet. Internal load balancers (the AWS, Azure, GCP, GKE,
#   OCI and IBM `internal` annotations) are not reported. Public services
#   meant for everyone can suppress this finding.
# related_resources:
#   - https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/
#   - https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer
# custom:
#   id: VD-K8S-042
#   severity: medium
#   remediation: >-
#     Set `spec.loadBalancerSourceRanges` to the CIDRs that must reach the
#     service, make the load balancer internal, or expose HTTP services
#     through an Ingress instead.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["SC-7", "AC-4"]
#   example: |
#     apiVersion: v1
#     kind: Service
#     metadata: {name: db}
#     spec:
#       type: LoadBalancer
#       selector: {app: db}
#       ports: [{port: 5432}]
package verdict.kubernetes.lb_source_ranges

import data.verdict.lib.kubernetes as k8s
import rego.v1

# Annotations that make the cloud load balancer internal, with the values
# that do.
internal_annotations := {
	"service.beta.kubernetes.io/aws-load-balancer-internal": {"true", "0.0.0.0/0"},
	"service.beta.kubernetes.io/aws-load-balancer-scheme": {"internal"},
	"service.beta.kubernetes.io/azure-load-balancer-internal": {"true"},
	"networking.gke.io/load-balancer-type": {"internal"},
	"cloud.google.com/load-balancer-type": {"internal"},
	"service.beta.kubernetes.io/oci-load-balancer-internal": {"true"},
	"service.beta.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type": {"private"},
	"service.beta.kubernetes.io/openstack-internal-load-balancer": {"true"},
}

warn contains {
	"msg": sprintf("LoadBalancer Service %q accepts traffic from any address", [object.get(input, ["metadata", "name"], "")]),
	"path": ["spec", "type"],
	"resource": k8s.resource,
} if {
	input.kind == "Service"
	input.spec.type == "LoadBalancer"
	not restricted
	not internal_lb
}

restricted if count(object.get(input, ["spec", "loadBalancerSourceRanges"], [])) > 0

restricted if {
	ranges := input.metadata.annotations["service.beta.kubernetes.io/load-balancer-source-ranges"]
	is_string(ranges)
	ranges != ""
}

internal_lb if {
	some name, values in internal_annotations
	value := input.metadata.annotations[name]
	is_string(value)
	lower(value) in values
}
