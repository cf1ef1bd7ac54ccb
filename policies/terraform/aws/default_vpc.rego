# METADATA
# title: Default VPC managed and kept in use
# description: >-
#   An `aws_default_vpc` (or `aws_default_subnet`) brings the account's
#   default VPC under Terraform and keeps it: a VPC with public subnets in
#   every availability zone, an internet gateway and instances getting
#   public IP addresses by default, where anything launched without an
#   explicit network lands. A resource whose `count` or `for_each` is not
#   known (such as terraform-aws-modules/vpc's switched-off
#   `manage_default_vpc`) may not be created and is not reported. Reported as
#   a warning.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_vpc
#   - https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html
# custom:
#   id: VD-TF-AWS-045
#   severity: low
#   remediation: >-
#     Run workloads in VPCs built for them (`aws_vpc` with private subnets)
#     and delete the default VPC in every region (`force_destroy = true` on
#     `aws_default_vpc`, then `terraform destroy` of it).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-7", "CM-7"]
#   example: |
#     resource "aws_default_vpc" "default" {}
package verdict.terraform.aws.default_vpc

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

warn contains {
	"msg": sprintf("%s keeps the default %s in use", [r.address, what]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.resources
	what := {"aws_default_vpc": "VPC", "aws_default_subnet": "subnet"}[r.type]
	not deleted(r)
	not maybe_absent(r)
}

# Its instances are not known: switched off (`count = 0`), or depending on
# values known only at apply.
maybe_absent(r) if tf.unknown(r.config.count)

maybe_absent(r) if tf.unknown(r.config.for_each)

# force_destroy = true on the default VPC: it is being removed.
deleted(r) if aws.is_true(r.config.force_destroy)
