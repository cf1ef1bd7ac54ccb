# METADATA
# title: Subnet assigns public IP addresses automatically
# description: >-
#   An `AWS::EC2::Subnet` with `MapPublicIpOnLaunch: true` gives every
#   instance launched into it a public IPv4 address, so any instance placed
#   there by mistake (or by default) is reachable from the Internet wherever
#   its security groups allow. The property defaults to false; only an
#   explicit true is reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-subnet.html#cfn-ec2-subnet-mappubliciponlaunch
#   - https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#subnet-public-ip
# custom:
#   id: VD-CFN-025
#   severity: low
#   remediation: >-
#     Remove `MapPublicIpOnLaunch: true` (or set it to false); put public
#     endpoints behind a load balancer or NAT gateway and give the few
#     instances that need one an Elastic IP.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["EC2.15"]
#     NIST-800-53: ["AC-4", "SC-7"]
#   example: |
#     Resources:
#       Public:
#         Type: AWS::EC2::Subnet
#         Properties:
#           VpcId: !Ref Vpc
#           CidrBlock: 10.0.0.0/24
#           MapPublicIpOnLaunch: true
package verdict.cloudformation.subnet_public_ip

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("subnet %q assigns public IP addresses on launch", [r.name]),
	"path": array.concat(r.path, ["MapPublicIpOnLaunch"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::EC2::Subnet")
	cfn.always_true(r.properties.MapPublicIpOnLaunch)
}
