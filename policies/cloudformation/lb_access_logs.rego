# METADATA
# title: Load balancer access logging disabled
# description: >-
#   An Application Load Balancer (`AWS::ElasticLoadBalancingV2::LoadBalancer`
#   with `Type` unset or `application`) without the `LoadBalancerAttributes`
#   entry `access_logs.s3.enabled: "true"`, or a Classic Load Balancer
#   (`AWS::ElasticLoadBalancing::LoadBalancer`) without
#   `AccessLoggingPolicy.Enabled: true`, keeps no record of the requests it
#   served (client, path, status, TLS), which incident response and abuse
#   investigations need. Access logging is off by default. A warning; reported
#   at the setting when it is written, else at the closest enclosing property.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-loadbalancer-loadbalancerattribute.html
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-elb-accessloggingpolicy.html
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html
# custom:
#   id: VD-CFN-077
#   severity: low
#   remediation: >-
#     Add `{Key: access_logs.s3.enabled, Value: "true"}` and `{Key:
#     access_logs.s3.bucket, Value: <log bucket>}` to `LoadBalancerAttributes`
#     (Classic: `AccessLoggingPolicy: {Enabled: true, S3BucketName: <log
#     bucket>, EmitInterval: 60}`); the bucket policy must let Elastic Load
#     Balancing write.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["ELB.5"]
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     Resources:
#       Alb:
#         Type: AWS::ElasticLoadBalancingV2::LoadBalancer
#         Properties:
#           Scheme: internet-facing
#           Subnets: [subnet-1, subnet-2]
package verdict.cloudformation.lb_access_logs

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

warn contains {
	"msg": sprintf("Application Load Balancer %q does not write access logs", [r.name]),
	"path": path,
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::ElasticLoadBalancingV2::LoadBalancer")
	w.application_lb(r)
	[setting, path] := w.attribute(r.path, r.properties, "LoadBalancerAttributes", "access_logs.s3.enabled")
	w.off(setting)
}

warn contains {
	"msg": sprintf("Classic Load Balancer %q does not write access logs", [r.name]),
	"path": w.path_to(r.path, r.properties, keys),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::ElasticLoadBalancing::LoadBalancer")
	keys := ["AccessLoggingPolicy", "Enabled"]
	w.off(w.get(r.properties, keys))
}
