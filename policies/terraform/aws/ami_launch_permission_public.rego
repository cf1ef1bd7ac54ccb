# METADATA
# title: AMI shared publicly
# description: >-
#   An `aws_ami_launch_permission` with `group = "all"` makes the AMI public:
#   every AWS account can launch it and copy its snapshots, with whatever
#   software, configuration and secrets were baked into the image. The finding
#   points at `group`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ami_launch_permission
#   - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html
# custom:
#   id: VD-TF-AWS-119
#   severity: high
#   remediation: >-
#     Share the AMI with specific accounts (`account_id`), an organization
#     (`organization_arn`) or organizational unit (`organizational_unit_arn`)
#     instead of `group = "all"`, and keep account-level AMI block public
#     access on.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-21"]
#   example: |
#     resource "aws_ami_launch_permission" "public" {
#       image_id = "ami-0abcdef1234567890"
#       group    = "all"
#     }
package verdict.terraform.aws.ami_launch_permission_public

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s shares the AMI with every AWS account (group \"all\")", [r.address]),
	"path": tf.attr_path(r, ["group"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ami_launch_permission")
	aws.value(r, ["group"], "") == "all"
}
