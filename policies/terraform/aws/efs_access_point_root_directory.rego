# METADATA
# title: EFS access point does not enforce a root directory
# description: >-
#   An `aws_efs_access_point` without a `root_directory` block, or with `path =
#   "/"`, exposes the whole file system to every client that mounts through it,
#   instead of confining it to its own directory. Reported at `root_directory`
#   `path`, else the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_access_point#root_directory
#   - https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html#enforce-root-directory-access-point
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-3
# custom:
#   id: VD-TF-AWS-081
#   severity: medium
#   remediation: >-
#     Add `root_directory { path = "/<app>", creation_info { owner_uid = 1000,
#     owner_gid = 1000, permissions = "750" } }`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["EFS.3"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     resource "aws_efs_access_point" "app" {
#       file_system_id = aws_efs_file_system.shared.id
#     }
package verdict.terraform.aws.efs_access_point_root_directory

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

path_keys := ["root_directory", 0, "path"]

deny contains {
	"msg": sprintf("EFS access point %q does not confine clients to a root directory", [r.address]),
	"path": aws.arg_path(r, path_keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_efs_access_point")
	aws.value(r, path_keys, "/") in {"/", ""}
}
