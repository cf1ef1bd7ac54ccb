# METADATA
# title: Subnet assigns public IP addresses on launch
# description: >-
#   An `aws_subnet` (or `aws_default_subnet`) with
#   `map_public_ip_on_launch = true` gives every instance and network
#   interface launched in it a public IPv4 address, reachable from the
#   internet as far as its security groups allow, whether or not the
#   workload was meant to be public.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet#map_public_ip_on_launch
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-15
# custom:
#   id: VD-TF-AWS-046
#   severity: medium
#   remediation: >-
#     Set `map_public_ip_on_launch = false` and give public addresses only to
#     what must have one (an Elastic IP, a load balancer, a NAT gateway).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["EC2.15"]
#     NIST-800-53: ["SC-7"]
#   example: |
#     resource "aws_subnet" "public" {
#       vpc_id                  = aws_vpc.main.id
#       cidr_block              = "10.0.1.0/24"
#       map_public_ip_on_launch = true
#     }
package verdict.terraform.aws.subnet_public_ip

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("subnet %s assigns a public IP address to every instance launched in it", [r.address]),
	"path": tf.attr_path(r, ["map_public_ip_on_launch"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_subnet", "aws_default_subnet"}
	aws.is_true(r.config.map_public_ip_on_launch)
}
