# METADATA
# title: Classic Load Balancer listener accepts plain HTTP
# description: >-
#   A `Listeners` entry of an `AWS::ElasticLoadBalancing::LoadBalancer`
#   (Classic Load Balancer) with `Protocol: HTTP` serves application traffic
#   (sessions, credentials) unencrypted, and a Classic Load Balancer cannot
#   redirect it to HTTPS. Reported at the listener's `Protocol`; TCP, SSL and
#   HTTPS listeners and unresolved values are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-elb-listener.html
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html
# custom:
#   id: VD-CFN-079
#   severity: medium
#   remediation: >-
#     Serve the application on an `HTTPS` listener (`Protocol: HTTPS`,
#     `SSLCertificateId`) and remove the HTTP listener; better, migrate to an
#     Application Load Balancer, which can redirect HTTP to HTTPS.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["ELB.3"]
#     NIST-800-53: ["SC-8", "SC-23"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     Resources:
#       Clb:
#         Type: AWS::ElasticLoadBalancing::LoadBalancer
#         Properties:
#           AvailabilityZones: [us-east-1a]
#           Listeners:
#             - LoadBalancerPort: "80"
#               InstancePort: "80"
#               Protocol: HTTP
package verdict.cloudformation.elb_classic_http_listener

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("Classic Load Balancer %q accepts plain HTTP on port %v", [r.name, port(l)]),
	"path": array.concat(r.path, ["Listeners", i, "Protocol"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::ElasticLoadBalancing::LoadBalancer")
	some i, l in w.list(r.properties.Listeners)
	upper(cfn.value(l.Protocol)) == "HTTP"
}

port(l) := cfn.value(l.LoadBalancerPort) if cfn.value(l.LoadBalancerPort)

else := "?"
