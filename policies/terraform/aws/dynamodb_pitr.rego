# METADATA
# title: DynamoDB table without point-in-time recovery
# description: >-
#   An `aws_dynamodb_table` without `point_in_time_recovery { enabled = true
#   }` (disabled by default) cannot be restored to a moment before an
#   accidental or malicious write or delete.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#point_in_time_recovery
#   - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html
# custom:
#   id: VD-TF-AWS-021
#   severity: medium
#   remediation: Add `point_in_time_recovery { enabled = true }` to the table.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["DynamoDB.2"]
#     NIST-800-53: ["CP-9", "CP-10"]
#   example: |
#     resource "aws_dynamodb_table" "orders" {
#       name     = "orders"
#       hash_key = "id"
#       attribute {
#         name = "id"
#         type = "S"
#       }
#     }
package verdict.terraform.aws.dynamodb_pitr

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

enabled := ["point_in_time_recovery", 0, "enabled"]

deny contains {
	"msg": sprintf("DynamoDB table %q does not have point-in-time recovery enabled", [r.address]),
	"path": aws.arg_path(r, enabled),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_dynamodb_table")
	v := aws.value(r, enabled, false)
	aws.is_false(v)
}
