# METADATA
# title: EBS volume encrypted with the AWS managed key
# description: >-
#   An encrypted `aws_ebs_volume` without `kms_key_id` uses the AWS managed key
#   `aws/ebs`, whose key policy cannot be changed: any principal of the account
#   allowed to use EC2 can use it, and its snapshots cannot be shared with
#   another account. Unencrypted volumes are reported by VD-TF-AWS-016; volumes
#   created from a snapshot are not judged. Reported as a warning at
#   `encrypted`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_volume#kms_key_id
#   - https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html#ebs-encryption-requirements
# custom:
#   id: VD-TF-AWS-079
#   severity: low
#   remediation: Set `kms_key_id` to the ARN of a customer managed KMS key.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-12"]
#   example: |
#     resource "aws_ebs_volume" "data" {
#       availability_zone = "eu-west-1a"
#       size              = 100
#       encrypted         = true
#     }
package verdict.terraform.aws.ebs_volume_cmk

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

warn contains {
	"msg": sprintf("EBS volume %q is encrypted with the AWS managed key (no kms_key_id)", [r.address]),
	"path": aws.arg_path(r, ["encrypted"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ebs_volume")
	aws.value(r, ["snapshot_id"], "") == ""
	aws.is_true(aws.value(r, ["encrypted"], false))
	aws.value(r, ["kms_key_id"], "") == ""
}
