# METADATA
# title: IAM role can be assumed by anyone
# description: >-
#   A role trust policy (`assume_role_policy` of `aws_iam_role`, or an
#   `aws_iam_policy_document` granting `sts:AssumeRole*`) allows
#   `"Principal": "*"` (or `{"AWS": "*"}`) without any condition: any AWS
#   account in the world can assume the role and use its permissions.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role#assume_role_policy
# custom:
#   id: VD-TF-AWS-030
#   severity: critical
#   remediation: >-
#     Name the accounts, roles or services allowed to assume the role in
#     `Principal`, or keep `*` only together with a restricting condition such
#     as `aws:PrincipalOrgID`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     resource "aws_iam_role" "shared" {
#       name = "shared"
#       assume_role_policy = jsonencode({
#         Version   = "2012-10-17"
#         Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" } }]
#       })
#     }
package verdict.terraform.aws.iam_trust_public_principal

import data.verdict.lib.terraform_aws_identity as id
import rego.v1

deny contains {
	"msg": sprintf("%s lets any principal assume the role (Principal \"*\" without a condition)", [st.address]),
	"path": id.stmt_path(st, "principals"),
	"resource": st.address,
} if {
	some st in id.statements
	id.allows(st)
	id.trust_statement(st)
	id.public_principal(st)
	id.unconditioned(st)
}
