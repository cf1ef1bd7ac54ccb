# METADATA
# title: ECR repository policy allows any principal
# description: >-
#   An `aws_ecr_repository_policy` with an Allow statement whose `Principal`
#   is "*" (or `{"AWS": "*"}`) and that has no `Condition` lets every AWS
#   account, or anyone at all, pull (or push, depending on the actions) the
#   repository's images. Policies written as expressions (data sources,
#   jsonencode verdict cannot evaluate) are not judged; the finding points at
#   `policy`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository_policy
#   - https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html
# custom:
#   id: VD-TF-AWS-134
#   severity: high
#   remediation: >-
#     Name the accounts or roles that need access in `Principal`, or add a
#     `Condition` such as `aws:PrincipalOrgID` that limits the statement to
#     your organization.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     resource "aws_ecr_repository_policy" "app" {
#       repository = aws_ecr_repository.app.name
#       policy = jsonencode({
#         Version = "2012-10-17"
#         Statement = [{
#           Effect    = "Allow"
#           Principal = "*"
#           Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
#         }]
#       })
#     }
package verdict.terraform.aws.ecr_repository_policy_public

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_compute as compute
import rego.v1

deny contains {
	"msg": sprintf("%s allows any principal without a condition", [r.address]),
	"path": tf.attr_path(r, ["policy"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ecr_repository_policy")
	some st in aws.policy_statements(r.config.policy)
	compute.public_statement(st)
}
