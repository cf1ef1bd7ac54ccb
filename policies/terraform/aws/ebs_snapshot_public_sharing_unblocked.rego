# METADATA
# title: EBS snapshot block public access unblocked
# description: >-
#   An `aws_ebs_snapshot_block_public_access` with `state = "unblocked"` lets
#   anyone in the account share EBS snapshots publicly, so every volume's data
#   can be restored by any AWS account. `block-all-sharing` (or
#   `block-new-sharing`) prevents it. Reported at `state`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_snapshot_block_public_access
#   - https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html
# custom:
#   id: VD-TF-AWS-078
#   severity: medium
#   remediation: >-
#     Set `state = "block-all-sharing"` (or `"block-new-sharing"` while existing
#     public snapshots are reviewed).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3"]
#   example: |
#     resource "aws_ebs_snapshot_block_public_access" "this" {
#       state = "unblocked"
#     }
package verdict.terraform.aws.ebs_snapshot_public_sharing_unblocked

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s allows public sharing of EBS snapshots (state = \"unblocked\")", [r.address]),
	"path": aws.arg_path(r, ["state"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ebs_snapshot_block_public_access")
	aws.value(r, ["state"], "") == "unblocked"
}
