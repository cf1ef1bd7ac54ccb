# METADATA
# title: KMS key deletion window shorter than required
# description: >-
#   A KMS key (`aws_kms_key`, `aws_kms_external_key`, `aws_kms_replica_key`,
#   `aws_kms_replica_external_key`) sets `deletion_window_in_days` below
#   `data.verdict.config.kms_min_deletion_window_days` (default 30, the
#   provider default and the longest AWS allows). A deleted key makes every
#   piece of data encrypted under it unrecoverable; the waiting period is the
#   only time left to notice a mistaken or malicious deletion and cancel it.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#deletion_window_in_days
#   - https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html
# custom:
#   id: VD-TF-AWS-062
#   severity: low
#   remediation: >-
#     Remove `deletion_window_in_days` (30 days) or set it to at least the
#     configured minimum, and alarm on `ScheduleKeyDeletion` events.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-12"]
#   example: |
#     resource "aws_kms_key" "data" {
#       enable_key_rotation     = true
#       deletion_window_in_days = 7
#     }
package verdict.terraform.aws.kms_deletion_window

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

min_days := tf.config("kms_min_deletion_window_days", 30)

key_types := {"aws_kms_key", "aws_kms_external_key", "aws_kms_replica_key", "aws_kms_replica_external_key"}

deny contains {
	"msg": sprintf("KMS key %s can be deleted after %v days, fewer than %v", [r.address, days, min_days]),
	"path": tf.attr_path(r, ["deletion_window_in_days"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in key_types
	days := aws.as_number(aws.value(r, ["deletion_window_in_days"], 30))
	days < min_days
}
