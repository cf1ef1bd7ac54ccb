# METADATA
# title: AWS Config recorder does not record every resource type
# description: >-
#   An `aws_config_configuration_recorder` whose `recording_group` sets
#   `all_supported = false` (recording only the listed `resource_types`, or
#   everything but the excluded ones), or does not set
#   `include_global_resource_types = true` (the default is false): changes
#   to the resources left out — IAM users, roles and policies among the
#   global ones — leave no configuration history, and the Config rules and
#   Security Hub controls built on it do not see them. Global resource types
#   need recording in one region of the account only: waive the finding for
#   the recorders of the other regions.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_recorder#recording_group
#   - https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html
# custom:
#   id: VD-TF-AWS-055
#   severity: medium
#   remediation: >-
#     Set `recording_group { all_supported = true
#     include_global_resource_types = true }` (global types in one region).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["3.3"]
#     AWS-FSBP: ["Config.1"]
#     NIST-800-53: ["CM-8", "CM-3"]
#   example: |
#     resource "aws_config_configuration_recorder" "main" {
#       role_arn = aws_iam_role.config.arn
#       recording_group {
#         all_supported = false
#         resource_types = ["AWS::EC2::Instance"]
#       }
#     }
package verdict.terraform.aws.config_recorder_all_resources

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("Config recorder %s does not record every supported resource type (all_supported is false)", [r.address]),
	"path": aws.arg_path(r, ["recording_group", 0, "all_supported"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_config_configuration_recorder")
	aws.is_false(aws.value(r, ["recording_group", 0, "all_supported"], true))
}

deny contains {
	"msg": sprintf("Config recorder %s does not record global resource types such as IAM (include_global_resource_types is not true)", [r.address]),
	"path": aws.arg_path(r, ["recording_group", 0, "include_global_resource_types"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_config_configuration_recorder")
	aws.is_false(aws.value(r, ["recording_group", 0, "include_global_resource_types"], false))
}
