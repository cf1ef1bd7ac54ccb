# METADATA
# title: AWS Config recorder not started
# description: >-
#   An `aws_config_configuration_recorder` records nothing until an
#   `aws_config_configuration_recorder_status` with `is_enabled = true` starts
#   it: the module declares a recorder but no status resource refers to it
#   (by `name`), or the status sets `is_enabled = false`. A status whose
#   `name` cannot be resolved counts as starting every recorder of the
#   module.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_recorder_status
#   - https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html
# custom:
#   id: VD-TF-AWS-056
#   severity: medium
#   remediation: >-
#     Add `resource "aws_config_configuration_recorder_status" "main" { name
#     = aws_config_configuration_recorder.main.name, is_enabled = true,
#     depends_on = [aws_config_delivery_channel.main] }`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["3.3"]
#     AWS-FSBP: ["Config.1"]
#     NIST-800-53: ["CM-8"]
#   example: |
#     resource "aws_config_configuration_recorder_status" "main" {
#       name       = aws_config_configuration_recorder.main.name
#       is_enabled = false
#     }
package verdict.terraform.aws.config_recorder_enabled

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_identity as id
import rego.v1

deny contains {
	"msg": sprintf("Config recorder status %s stops the recorder (is_enabled is false)", [r.address]),
	"path": tf.attr_path(r, ["is_enabled"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_config_configuration_recorder_status")
	aws.is_false(aws.value(r, ["is_enabled"], false))
}

deny contains {
	"msg": sprintf("Config recorder %s is never started (no aws_config_configuration_recorder_status refers to it)", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.of_type("aws_config_configuration_recorder")
	not started(r)
}

started(r) if id.referenced_by(r, "aws_config_configuration_recorder_status", "name")

# The status names the recorder literally.
started(r) if {
	some s in tf.of_type("aws_config_configuration_recorder_status")
	aws.module_of(s) == aws.module_of(r)
	s.config.name == aws.value(r, ["name"], "default")
}
