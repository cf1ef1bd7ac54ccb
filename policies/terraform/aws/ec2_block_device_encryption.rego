# METADATA
# title: EC2 block device not encrypted
# description: >-
#   A `root_block_device` or `ebs_block_device` of an `aws_instance` or
#   `aws_launch_configuration` whose `encrypted` is false or unset (the
#   provider default is false), or a `block_device_mappings` `ebs` block of an
#   `aws_launch_template` with `encrypted = false`, creates volumes that store
#   their data, and every snapshot of it, unencrypted. Block devices created
#   from a snapshot (`snapshot_id`, which inherit its encryption) are not
#   judged, nor is anything in a configuration that turns on
#   `aws_ebs_encryption_by_default`. The finding points at `encrypted` or at
#   the block.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#ebs-ephemeral-and-root-block-devices
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#ebs
#   - https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
# custom:
#   id: VD-TF-AWS-117
#   severity: high
#   remediation: >-
#     Set `encrypted = true` (and `kms_key_id` for a customer managed key) in
#     every `root_block_device`, `ebs_block_device` and launch template `ebs`
#     block, or enable `aws_ebs_encryption_by_default` for the region.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["2.2.1"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     resource "aws_instance" "web" {
#       ami           = "ami-0abcdef1234567890"
#       instance_type = "t3.micro"
#       root_block_device {
#         volume_size = 20
#       }
#     }
package verdict.terraform.aws.ec2_block_device_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s %s %d is not encrypted", [r.address, block, i]),
	"path": aws.arg_path(r, [block, i, "encrypted"]),
	"resource": r.address,
} if {
	not encryption_by_default
	some r in tf.resources
	r.type in {"aws_instance", "aws_launch_configuration"}
	some block in ["root_block_device", "ebs_block_device"]
	is_array(r.config[block])
	some i, device in r.config[block]
	aws.value(r, [block, i, "snapshot_id"], "") == ""
	aws.is_false(aws.value(r, [block, i, "encrypted"], false))
}

deny contains {
	"msg": sprintf("%s block device mapping %d is not encrypted", [r.address, i]),
	"path": tf.attr_path(r, ["block_device_mappings", i, "ebs", 0, "encrypted"]),
	"resource": r.address,
} if {
	not encryption_by_default
	some r in tf.of_type("aws_launch_template")
	is_array(r.config.block_device_mappings)
	some i, m in r.config.block_device_mappings
	is_array(m.ebs)
	aws.value(r, ["block_device_mappings", i, "ebs", 0, "snapshot_id"], "") == ""
	aws.is_false(aws.value(r, ["block_device_mappings", i, "ebs", 0, "encrypted"], ""))
}

# `enabled` defaults to true on aws_ebs_encryption_by_default.
encryption_by_default if {
	some r in tf.of_type("aws_ebs_encryption_by_default")
	not aws.is_false(aws.value(r, ["enabled"], true))
}
