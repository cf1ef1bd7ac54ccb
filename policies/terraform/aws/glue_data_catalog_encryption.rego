# METADATA
# title: Glue Data Catalog not encrypted
# description: >-
#   An `aws_glue_data_catalog_encryption_settings` sets `catalog_encryption_mode
#   = "DISABLED"` (table and partition metadata, which can describe sensitive
#   data, are stored unencrypted) or `return_connection_password_encrypted =
#   false` (connection passwords are returned in plain text by `GetConnection`).
#   Reported at the offending argument.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_data_catalog_encryption_settings
#   - https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html
# custom:
#   id: VD-TF-AWS-115
#   severity: medium
#   remediation: >-
#     Set `encryption_at_rest { catalog_encryption_mode = "SSE-KMS",
#     sse_aws_kms_key_id = <key> }` and `connection_password_encryption {
#     return_connection_password_encrypted = true, aws_kms_key_id = <key> }`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-28"]
#   example: |
#     resource "aws_glue_data_catalog_encryption_settings" "this" {
#       data_catalog_encryption_settings {
#         connection_password_encryption {
#           return_connection_password_encrypted = false
#         }
#         encryption_at_rest {
#           catalog_encryption_mode = "DISABLED"
#         }
#       }
#     }
package verdict.terraform.aws.glue_data_catalog_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

at_rest := ["data_catalog_encryption_settings", 0, "encryption_at_rest", 0, "catalog_encryption_mode"]

passwords := ["data_catalog_encryption_settings", 0, "connection_password_encryption", 0, "return_connection_password_encrypted"]

deny contains {
	"msg": sprintf("%s does not encrypt the Data Catalog (catalog_encryption_mode = \"DISABLED\")", [r.address]),
	"path": aws.arg_path(r, at_rest),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_glue_data_catalog_encryption_settings")
	aws.value(r, at_rest, "DISABLED") == "DISABLED"
}

deny contains {
	"msg": sprintf("%s returns connection passwords unencrypted", [r.address]),
	"path": aws.arg_path(r, passwords),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_glue_data_catalog_encryption_settings")
	v := aws.value(r, passwords, false)
	aws.is_false(v)
}
