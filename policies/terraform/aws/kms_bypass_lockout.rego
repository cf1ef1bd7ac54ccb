# METADATA
# title: KMS key policy lockout safety check bypassed
# description: >-
#   An `aws_kms_key` or `aws_kms_key_policy` with
#   `bypass_policy_lockout_safety_check = true` lets a key policy through
#   that no principal may be able to change afterwards: the key becomes
#   unmanageable, and the data under it unrecoverable without AWS support.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#bypass_policy_lockout_safety_check
#   - https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#prevent-unmanageable-key
# custom:
#   id: VD-TF-AWS-064
#   severity: medium
#   remediation: >-
#     Remove `bypass_policy_lockout_safety_check` (default false) and make
#     sure the key policy lets an administrator role manage the key.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-12", "CM-5"]
#   example: |
#     resource "aws_kms_key_policy" "data" {
#       key_id                             = aws_kms_key.data.id
#       policy                             = data.aws_iam_policy_document.key.json
#       bypass_policy_lockout_safety_check = true
#     }
package verdict.terraform.aws.kms_bypass_lockout

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s bypasses the KMS key policy lockout safety check", [r.address]),
	"path": tf.attr_path(r, ["bypass_policy_lockout_safety_check"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_kms_key", "aws_kms_key_policy", "aws_kms_external_key", "aws_kms_replica_key", "aws_kms_replica_external_key"}
	aws.is_true(r.config.bypass_policy_lockout_safety_check)
}
