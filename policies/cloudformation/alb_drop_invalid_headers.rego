# METADATA
# title: Application Load Balancer does not drop invalid HTTP headers
# description: >-
#   An Application Load Balancer (`AWS::ElasticLoadBalancingV2::LoadBalancer`
#   with `Type` unset or `application`) without the `LoadBalancerAttributes`
#   entry `routing.http.drop_invalid_header_fields.enabled: "true"` (the
#   default is false) forwards header fields whose names are not valid HTTP
#   tokens to the targets, which helps HTTP request smuggling and desync
#   attacks against back ends that parse them differently. Reported at the
#   attribute's `Value` when it is written, else at `LoadBalancerAttributes`
#   or the Properties; attribute lists that do not resolve are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-loadbalancer-loadbalancerattribute.html
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes
# custom:
#   id: VD-CFN-076
#   severity: medium
#   remediation: >-
#     Add `{Key: routing.http.drop_invalid_header_fields.enabled, Value:
#     "true"}` to the load balancer's `LoadBalancerAttributes` (and consider
#     `routing.http.desync_mitigation_mode: strictest`).
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["ELB.4"]
#     NIST-800-53: ["SI-10"]
#   example: |
#     Resources:
#       Alb:
#         Type: AWS::ElasticLoadBalancingV2::LoadBalancer
#         Properties:
#           Scheme: internet-facing
#           Subnets: [subnet-1, subnet-2]
package verdict.cloudformation.alb_drop_invalid_headers

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("Application Load Balancer %q does not drop invalid HTTP header fields", [r.name]),
	"path": path,
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::ElasticLoadBalancingV2::LoadBalancer")
	w.application_lb(r)
	[setting, path] := w.attribute(r.path, r.properties, "LoadBalancerAttributes", "routing.http.drop_invalid_header_fields.enabled")
	w.off(setting)
}
