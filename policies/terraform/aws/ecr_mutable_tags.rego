# METADATA
# title: ECR repository allows mutable image tags
# description: >-
#   An `aws_ecr_repository` whose `image_tag_mutability` is "MUTABLE" (the
#   provider default) or "MUTABLE_WITH_EXCLUSION" lets anyone who can push
#   overwrite an existing tag, so a deployment that names `app:1.4.2` can
#   silently run a different image than the one that was tested and scanned.
#   The finding points at the argument or the repository.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#image_tag_mutability
#   - https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html
# custom:
#   id: VD-TF-AWS-132
#   severity: low
#   remediation: >-
#     Set `image_tag_mutability = "IMMUTABLE"` and publish every build under a
#     new tag (or deploy by digest).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ECR.2"]
#   example: |
#     resource "aws_ecr_repository" "app" {
#       name = "app"
#     }
package verdict.terraform.aws.ecr_mutable_tags

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

warn contains {
	"msg": sprintf("ECR repository %q allows image tags to be overwritten (%s)", [r.address, v]),
	"path": aws.arg_path(r, ["image_tag_mutability"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ecr_repository")
	v := aws.value(r, ["image_tag_mutability"], "MUTABLE")
	upper(v) in {"MUTABLE", "MUTABLE_WITH_EXCLUSION"}
}
