# METADATA
# title: EFS access point does not enforce a user identity
# description: >-
#   An `aws_efs_access_point` without a `posix_user` block lets each NFS client
#   act as the user and group it claims (root included), so file permissions do
#   not protect one application's files from another's. Reported at the
#   resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_access_point#posix_user
#   - https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html#enforce-identity-access-points
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-4
# custom:
#   id: VD-TF-AWS-082
#   severity: medium
#   remediation: >-
#     Add `posix_user { uid = 1000, gid = 1000 }` to the access point.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["EFS.4"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     resource "aws_efs_access_point" "app" {
#       file_system_id = aws_efs_file_system.shared.id
#     }
package verdict.terraform.aws.efs_access_point_posix_user

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("EFS access point %q does not enforce a POSIX user", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.of_type("aws_efs_access_point")
	not aws.has_block(r, "posix_user")
}
