# METADATA
# title: Load balancer listener serves plain HTTP without redirecting to HTTPS
# description: >-
#   An `AWS::ElasticLoadBalancingV2::Listener` with `Protocol: HTTP` whose
#   default actions do not include a `redirect` to HTTPS serves application
#   traffic (sessions, credentials) unencrypted. An HTTP listener that only
#   redirects to HTTPS is fine.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listener.html
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions
# custom:
#   id: VD-CFN-012
#   severity: medium
#   remediation: >-
#     Serve the application on a `Protocol: HTTPS` listener with a
#     `Certificates` entry and make the port-80 listener's default action
#     `{Type: redirect, RedirectConfig: {Protocol: HTTPS, Port: "443",
#     StatusCode: HTTP_301}}`.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["ELB.1"]
#     NIST-800-53: ["SC-8", "SC-23"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     Resources:
#       Http:
#         Type: AWS::ElasticLoadBalancingV2::Listener
#         Properties:
#           LoadBalancerArn: !Ref Alb
#           Port: 80
#           Protocol: HTTP
#           DefaultActions:
#             - Type: forward
#               TargetGroupArn: !Ref Targets
package verdict.cloudformation.alb_http_listener

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("listener %q serves HTTP without redirecting to HTTPS", [r.name]),
	"path": array.concat(r.path, ["Protocol"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::ElasticLoadBalancingV2::Listener")
	upper(cfn.value(r.properties.Protocol)) == "HTTP"
	is_array(r.properties.DefaultActions)
	not redirects_to_https(r.properties.DefaultActions)
	not unknown_action(r.properties.DefaultActions)
}

redirects_to_https(actions) if {
	some a in actions
	lower(cfn.value(a.Type)) == "redirect"
	upper(cfn.value(a.RedirectConfig.Protocol)) == "HTTPS"
}

# An action we cannot evaluate might be the redirect. (The helper keeps a
# possibly undefined value out of the `not`: OPA treats `not f(undefined)` as
# undefined.)
unknown_action(actions) if {
	some a in actions
	not known_string(a, "Type")
}

unknown_action(actions) if {
	some a in actions
	lower(cfn.value(a.Type)) == "redirect"
	is_object(a.RedirectConfig)
	"Protocol" in object.keys(a.RedirectConfig)
	not known_string(a.RedirectConfig, "Protocol")
}

known_string(obj, key) if is_string(cfn.value(obj[key]))
