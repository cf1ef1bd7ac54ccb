# METADATA
# title: IAM role trusts a whole AWS account without a condition
# description: >-
#   A role trust policy lets an entire AWS account (`arn:aws:iam::<id>:root`
#   or the bare account id) assume the role with no condition: every user and
#   role of that account whose own policies allow `sts:AssumeRole` gets in.
#   For a third party, nothing guards against the confused deputy problem
#   either. Principals written as expressions
#   (`data.aws_caller_identity.current.account_id`) are not judged.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
# custom:
#   id: VD-TF-AWS-032
#   severity: medium
#   remediation: >-
#     Trust the specific role ARNs that need access, or add a condition:
#     `sts:ExternalId` for a third party, `aws:PrincipalArn` or
#     `aws:PrincipalOrgID` for your own accounts, `aws:MultiFactorAuthPresent`
#     for people.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     resource "aws_iam_role" "audit" {
#       name = "audit"
#       assume_role_policy = jsonencode({
#         Version   = "2012-10-17"
#         Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::210987654321:root" } }]
#       })
#     }
package verdict.terraform.aws.iam_trust_account_no_condition

import data.verdict.lib.terraform_aws_identity as id
import rego.v1

deny contains {
	"msg": sprintf("%s lets every principal of account %s assume the role without a condition", [st.address, account]),
	"path": id.stmt_path(st, "principals"),
	"resource": st.address,
} if {
	some st in id.statements
	id.allows(st)
	id.trust_statement(st)
	id.unconditioned(st)
	some p in st.principals
	lower(p.type) == "aws"
	some principal in p.ids
	account := whole_account(principal)
}

whole_account(p) := p if regex.match(`^[0-9]{12}$`, p)

whole_account(p) := split(p, ":")[4] if regex.match(`^arn:aws[a-z-]*:iam::[0-9]{12}:root$`, p)
