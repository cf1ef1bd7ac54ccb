# METADATA
# title: EC2 instance or launch template assigns a public IP address
# description: >-
#   A network interface of an `AWS::EC2::Instance` (`NetworkInterfaces`) or of
#   an `AWS::EC2::LaunchTemplate` (`LaunchTemplateData.NetworkInterfaces`) with
#   `AssociatePublicIpAddress: true` gives the instance a public IPv4 address,
#   reachable from the Internet wherever its security groups allow. Only an
#   explicit `true` (or a parameter defaulting to it, or every branch of an
#   `Fn::If`) is reported, at that property; the subnet's
#   `MapPublicIpOnLaunch` is not judged here.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-networkinterface.html
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-networkinterface.html
#   - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html
# custom:
#   id: VD-CFN-050
#   severity: medium
#   remediation: >-
#     Set `AssociatePublicIpAddress: false` (or remove it) on the network
#     interface, launch the instance in a private subnet and publish it
#     through a load balancer, NAT or SSM Session Manager instead.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["EC2.9", "EC2.25"]
#     NIST-800-53: ["AC-4", "SC-7"]
#     PCI-DSS-4.0: ["1.4.4"]
#   example: |
#     Resources:
#       Web:
#         Type: AWS::EC2::Instance
#         Properties:
#           ImageId: ami-0abcdef1234567890
#           NetworkInterfaces:
#             - DeviceIndex: "0"
#               SubnetId: subnet-0123456789abcdef0
#               AssociatePublicIpAddress: true
package verdict.cloudformation.ec2_public_ip

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

interfaces contains [r, ["NetworkInterfaces", i], nic] if {
	some r in cfn.of_type("AWS::EC2::Instance")
	some i, nic in w.list(r.properties.NetworkInterfaces)
}

interfaces contains [r, ["LaunchTemplateData", "NetworkInterfaces", i], nic] if {
	some r in cfn.of_type("AWS::EC2::LaunchTemplate")
	data_ := cfn.value(r.properties.LaunchTemplateData)
	some i, nic in w.list(data_.NetworkInterfaces)
}

deny contains {
	"msg": sprintf("%s %q assigns a public IP address to network interface %d", [kind(r), r.name, keys[count(keys) - 1]]),
	"path": array.concat(r.path, array.concat(keys, ["AssociatePublicIpAddress"])),
	"resource": r.name,
} if {
	some [r, keys, nic] in interfaces
	is_object(nic)
	cfn.always_true(nic.AssociatePublicIpAddress)
}

kind(r) := "launch template" if r.type == "AWS::EC2::LaunchTemplate"

else := "EC2 instance"
