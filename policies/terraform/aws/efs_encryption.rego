# METADATA
# title: EFS file system not encrypted at rest
# description: >-
#   An `aws_efs_file_system` with `encrypted` false or unset (the provider and
#   API default) stores files and metadata unencrypted; encryption cannot be
#   turned on for an existing file system. Reported at `encrypted`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system#encrypted
#   - https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-1
# custom:
#   id: VD-TF-AWS-080
#   severity: high
#   remediation: >-
#     Set `encrypted = true` (and `kms_key_id` for a customer managed key);
#     existing data must be copied to a new file system.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["2.4.1"]
#     AWS-FSBP: ["EFS.1"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     resource "aws_efs_file_system" "shared" {
#       creation_token = "shared"
#     }
package verdict.terraform.aws.efs_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("EFS file system %q is not encrypted at rest", [r.address]),
	"path": aws.arg_path(r, ["encrypted"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_efs_file_system")
	v := aws.value(r, ["encrypted"], false)
	aws.is_false(v)
}
