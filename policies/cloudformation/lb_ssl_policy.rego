# METADATA
# title: Load balancer listener uses an outdated TLS security policy
# description: >-
#   An `AWS::ElasticLoadBalancingV2::Listener` with `Protocol: HTTPS` or `TLS`
#   whose `SslPolicy` is one of the predefined policies that still negotiate
#   TLS 1.0 or 1.1 (`ELBSecurityPolicy-2016-08`, `-2015-05`,
#   `-TLS-1-0-2015-04`, `-TLS-1-1-2017-01`, `-FS-2018-06`,
#   `-FS-1-1-2019-08`, `-TLS13-1-0-2021-06`, `-TLS13-1-1-2021-06`, their FIPS
#   variants, …: any policy whose name does not say TLS 1.2 or 1.3 as its
#   minimum) lets clients use protocol versions with known weaknesses that PCI
#   DSS and NIST no longer allow. Reported at `SslPolicy`; an unset policy
#   (whose default depends on how the listener is created) and unresolved
#   values are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listener.html#cfn-elasticloadbalancingv2-listener-sslpolicy
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html
# custom:
#   id: VD-CFN-078
#   severity: medium
#   remediation: >-
#     Set `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06` (TLS 1.2 and 1.3),
#     or `ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04` where FIPS is required.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["SC-8", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     Resources:
#       Https:
#         Type: AWS::ElasticLoadBalancingV2::Listener
#         Properties:
#           LoadBalancerArn: !Ref Alb
#           Port: 443
#           Protocol: HTTPS
#           SslPolicy: ELBSecurityPolicy-2016-08
#           Certificates:
#             - CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/abc
#           DefaultActions:
#             - Type: forward
#               TargetGroupArn: !Ref Targets
package verdict.cloudformation.lb_ssl_policy

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("%s listener %q uses the outdated TLS security policy %s (allows TLS 1.0/1.1)", [protocol, r.name, policy]),
	"path": array.concat(r.path, ["SslPolicy"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::ElasticLoadBalancingV2::Listener")
	protocol := upper(cfn.value(r.properties.Protocol))
	protocol in {"HTTPS", "TLS"}
	policy := cfn.value(r.properties.SslPolicy)
	is_string(policy)
	startswith(policy, "ELBSecurityPolicy-")
	not modern(policy)
}

# Policies whose minimum is TLS 1.2 or 1.3 say so in their names.
modern(policy) if regex.match(`-(TLS-1-2|TLS13-1-2|TLS13-1-3|FS-1-2)-`, policy)
