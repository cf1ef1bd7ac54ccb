# METADATA
# title: VPC without flow logs
# description: >-
#   An `AWS::EC2::VPC` that no `AWS::EC2::FlowLog` of the template points at
#   (`ResourceId` referring to the VPC) records no network traffic metadata,
#   so connections to and from its resources cannot be investigated after an
#   incident. When a flow log's `ResourceId` cannot be resolved to a resource
#   of the template (a parameter, an import), or the template uses a module
#   (which may create one), no VPC is reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-flowlog.html
#   - https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html
# custom:
#   id: VD-CFN-026
#   severity: medium
#   remediation: >-
#     Add an `AWS::EC2::FlowLog` with `ResourceType: VPC`, `ResourceId: !Ref
#     <Vpc>`, `TrafficType: ALL` and a CloudWatch Logs or S3 destination.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["3.7"]
#     AWS-FSBP: ["EC2.6"]
#     NIST-800-53: ["AU-12", "SI-4"]
#   example: |
#     Resources:
#       Vpc:
#         Type: AWS::EC2::VPC
#         Properties:
#           CidrBlock: 10.0.0.0/16
package verdict.cloudformation.vpc_flow_logs

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import data.verdict.lib.cloudformation_platform_sets as sets
import rego.v1

deny contains {
	"msg": sprintf("VPC %q has no flow log", [r.name]),
	"path": r.path,
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::EC2::VPC")
	not unresolved_flow_log
	not sets.opaque_resources
	not logged(r.name)
}

logged(name) if {
	some f in cfn.of_type("AWS::EC2::FlowLog")
	p.refers_to(f.properties.ResourceId, name)
}

unresolved_flow_log if {
	some f in cfn.of_type("AWS::EC2::FlowLog")
	not resolvable(f)
}

resolvable(f) if p.resolvable_ref(f.properties.ResourceId)
