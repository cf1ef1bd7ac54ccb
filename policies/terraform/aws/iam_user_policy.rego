# METADATA
# title: IAM policy attached directly to a user
# description: >-
#   An inline `aws_iam_user_policy`, an `aws_iam_user_policy_attachment`, or
#   an `aws_iam_policy_attachment` listing `users` grants permissions to
#   individual IAM users. Granting them through groups (or roles) keeps
#   access reviewable and is revoked with group membership.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_user_group_membership
# custom:
#   id: VD-TF-AWS-025
#   severity: low
#   remediation: >-
#     Attach the policy to an `aws_iam_group` (`aws_iam_group_policy_attachment`)
#     and add the user with `aws_iam_user_group_membership`, or use roles.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["1.15"]
#     AWS-FSBP: ["IAM.2"]
#     NIST-800-53: ["AC-2", "AC-6"]
#   example: |
#     resource "aws_iam_user_policy_attachment" "deploy" {
#       user       = aws_iam_user.deploy.name
#       policy_arn = aws_iam_policy.deploy.arn
#     }
package verdict.terraform.aws.iam_user_policy

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s attaches a policy directly to an IAM user", [r.address]),
	"path": aws.arg_path(r, ["user"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_iam_user_policy", "aws_iam_user_policy_attachment"}
}

deny contains {
	"msg": sprintf("%s attaches a policy directly to IAM users", [r.address]),
	"path": tf.attr_path(r, ["users"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_iam_policy_attachment")
	is_array(r.config.users)
	count(r.config.users) > 0
}
