# METADATA
# title: EBS volume not encrypted
# description: >-
#   An `aws_ebs_volume` with `encrypted` false or unset stores its data, and
#   every snapshot of it, unencrypted. Volumes created from a snapshot
#   (`snapshot_id`, which inherit its encryption) are not judged, nor are
#   volumes in a configuration that turns on `aws_ebs_encryption_by_default`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_volume#encrypted
#   - https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
# custom:
#   id: VD-TF-AWS-016
#   severity: high
#   remediation: >-
#     Set `encrypted = true` (and `kms_key_id` for a customer managed key) on
#     the volume, or enable `aws_ebs_encryption_by_default` for the region.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["2.2.1"]
#     AWS-FSBP: ["EC2.3"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     resource "aws_ebs_volume" "data" {
#       availability_zone = "eu-west-1a"
#       size              = 100
#     }
package verdict.terraform.aws.ebs_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("EBS volume %q is not encrypted", [r.address]),
	"path": aws.arg_path(r, ["encrypted"]),
	"resource": r.address,
} if {
	not encryption_by_default
	some r in tf.of_type("aws_ebs_volume")
	aws.value(r, ["snapshot_id"], "") == ""
	v := aws.value(r, ["encrypted"], false)
	aws.is_false(v)
}

# `enabled` defaults to true on aws_ebs_encryption_by_default.
encryption_by_default if {
	some r in tf.of_type("aws_ebs_encryption_by_default")
	not aws.is_false(aws.value(r, ["enabled"], true))
}
