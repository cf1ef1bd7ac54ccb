# METADATA
# title: Auto Scaling launch configuration assigns public IP addresses
# description: >-
#   An `AWS::AutoScaling::LaunchConfiguration` with `AssociatePublicIpAddress:
#   true` gives every instance the group launches a public IPv4 address,
#   reachable from the Internet wherever its security groups allow. Only an
#   explicit `true` (or a parameter defaulting to it, or every branch of an
#   `Fn::If`) is reported; when the property is unset the subnet's setting
#   applies and is not judged here.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-launchconfiguration.html#cfn-autoscaling-launchconfiguration-associatepublicipaddress
#   - https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-in-vpc.html
# custom:
#   id: VD-CFN-051
#   severity: medium
#   remediation: >-
#     Set `AssociatePublicIpAddress: false`, run the group in private subnets
#     behind a load balancer, and move to an `AWS::EC2::LaunchTemplate`
#     (launch configurations are deprecated).
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["AutoScaling.5"]
#     NIST-800-53: ["AC-4", "SC-7"]
#     PCI-DSS-4.0: ["1.4.4"]
#   example: |
#     Resources:
#       Lc:
#         Type: AWS::AutoScaling::LaunchConfiguration
#         Properties:
#           ImageId: ami-0abcdef1234567890
#           InstanceType: t3.micro
#           AssociatePublicIpAddress: true
package verdict.cloudformation.autoscaling_public_ip

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("launch configuration %q assigns public IP addresses to its instances", [r.name]),
	"path": array.concat(r.path, ["AssociatePublicIpAddress"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::AutoScaling::LaunchConfiguration")
	cfn.always_true(r.properties.AssociatePublicIpAddress)
}
