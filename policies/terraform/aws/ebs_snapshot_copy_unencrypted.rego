# METADATA
# title: EBS snapshot copy not encrypted
# description: >-
#   An `aws_ebs_snapshot_copy` with `encrypted` false or unset (the default)
#   copies an unencrypted source snapshot as an unencrypted snapshot, which can
#   then be shared or restored anywhere. Copies in a configuration that turns on
#   `aws_ebs_encryption_by_default` are not judged. (A copy of an encrypted
#   snapshot stays encrypted whatever `encrypted` says, but the configuration
#   does not show the source's encryption.) Reported at `encrypted`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_snapshot_copy
#   - https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html
# custom:
#   id: VD-TF-AWS-077
#   severity: medium
#   remediation: >-
#     Set `encrypted = true` and `kms_key_id` to a customer managed key on the
#     snapshot copy.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-28"]
#   example: |
#     resource "aws_ebs_snapshot_copy" "dr" {
#       source_snapshot_id = "snap-0123456789abcdef0"
#       source_region      = "eu-west-1"
#     }
package verdict.terraform.aws.ebs_snapshot_copy_unencrypted

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("EBS snapshot copy %q is not encrypted", [r.address]),
	"path": aws.arg_path(r, ["encrypted"]),
	"resource": r.address,
} if {
	not encryption_by_default
	some r in tf.of_type("aws_ebs_snapshot_copy")
	v := aws.value(r, ["encrypted"], false)
	aws.is_false(v)
}

# `enabled` defaults to true on aws_ebs_encryption_by_default.
encryption_by_default if {
	some r in tf.of_type("aws_ebs_encryption_by_default")
	not aws.is_false(aws.value(r, ["enabled"], true))
}
