# METADATA
# title: EC2 instance or launch template assigns a public IP address
# description: >-
#   An `aws_instance` or `aws_launch_configuration` with
#   `associate_public_ip_address = true`, or an `aws_launch_template` whose
#   `network_interfaces` set it, gives every instance an address reachable
#   from the internet, so its security groups are all that stands between the
#   host and the world. When the argument is unset the subnet's
#   `map_public_ip_on_launch` decides, which is not judged here; the finding
#   points at the argument.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#associate_public_ip_address
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#network-interfaces
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9
# custom:
#   id: VD-TF-AWS-116
#   severity: medium
#   remediation: >-
#     Remove `associate_public_ip_address = true` (or set it to false), launch
#     the instances in private subnets and reach them through a load
#     balancer, a NAT gateway or Systems Manager Session Manager.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["EC2.9", "EC2.25", "AutoScaling.5"]
#     NIST-800-53: ["SC-7", "AC-4"]
#   example: |
#     resource "aws_instance" "web" {
#       ami                         = "ami-0abcdef1234567890"
#       instance_type               = "t3.micro"
#       associate_public_ip_address = true
#     }
package verdict.terraform.aws.ec2_public_ip

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s assigns a public IP address to its instances", [r.address]),
	"path": tf.attr_path(r, ["associate_public_ip_address"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_instance", "aws_launch_configuration"}
	aws.is_true(aws.value(r, ["associate_public_ip_address"], false))
}

deny contains {
	"msg": sprintf("%s network interface %d assigns a public IP address", [r.address, i]),
	"path": tf.attr_path(r, ["network_interfaces", i, "associate_public_ip_address"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_launch_template")
	is_array(r.config.network_interfaces)
	some i, _ in r.config.network_interfaces
	aws.is_true(aws.value(r, ["network_interfaces", i, "associate_public_ip_address"], false))
}
