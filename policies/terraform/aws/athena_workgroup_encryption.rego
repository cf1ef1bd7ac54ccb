# METADATA
# title: Athena workgroup does not encrypt query results
# description: >-
#   An `aws_athena_workgroup` has no `configuration { result_configuration {
#   encryption_configuration { encryption_option } } }`, so query results
#   written to S3 (often extracts of the data queried) are not encrypted by the
#   workgroup; with `enforce_workgroup_configuration = false` each client
#   decides. Generated (`dynamic`) blocks count as encrypting. Reported at the
#   closest written block.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_workgroup#encryption_configuration
#   - https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html
# custom:
#   id: VD-TF-AWS-114
#   severity: medium
#   remediation: >-
#     Add `configuration { enforce_workgroup_configuration = true,
#     result_configuration { encryption_configuration { encryption_option =
#     "SSE_KMS", kms_key_arn = aws_kms_key.<name>.arn } } }`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-28"]
#   example: |
#     resource "aws_athena_workgroup" "analysts" {
#       name = "analysts"
#     }
package verdict.terraform.aws.athena_workgroup_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

keys := ["configuration", 0, "result_configuration", 0, "encryption_configuration", 0, "encryption_option"]

deny contains {
	"msg": sprintf("Athena workgroup %q does not encrypt query results", [r.address]),
	"path": aws.arg_path(r, array.slice(keys, 0, 5)),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_athena_workgroup")
	not awsd.generated(r, "result_configuration")
	not awsd.generated(r, "encryption_configuration")
	aws.value(r, keys, "") == ""
}
