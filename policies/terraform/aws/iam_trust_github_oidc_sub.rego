# METADATA
# title: IAM role trusts GitHub Actions OIDC without a subject condition
# description: >-
#   A role trust policy lets the GitHub Actions OIDC provider
#   (`token.actions.githubusercontent.com`) assume the role without a
#   condition on `token.actions.githubusercontent.com:sub`, or with one that
#   matches any repository (`*`, `repo:*`). Every workflow of every
#   repository on GitHub gets a token from the same provider, so any of them
#   can assume the role.
# related_resources:
#   - https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc.html
# custom:
#   id: VD-TF-AWS-031
#   severity: critical
#   remediation: >-
#     Add a `StringLike` (or `StringEquals`) condition on
#     `token.actions.githubusercontent.com:sub` naming your repository and
#     branch or environment, e.g. `repo:acme/app:ref:refs/heads/main`, beside
#     the `token.actions.githubusercontent.com:aud` = `sts.amazonaws.com`
#     condition.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "IA-8"]
#     OWASP-CICD-Top-10: ["CICD-SEC-2"]
#   example: |
#     data "aws_iam_policy_document" "github" {
#       statement {
#         actions = ["sts:AssumeRoleWithWebIdentity"]
#         principals {
#           type        = "Federated"
#           identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
#         }
#         condition {
#           test     = "StringEquals"
#           variable = "token.actions.githubusercontent.com:aud"
#           values   = ["sts.amazonaws.com"]
#         }
#       }
#     }
package verdict.terraform.aws.iam_trust_github_oidc_sub

import data.verdict.lib.terraform_aws_identity as id
import rego.v1

issuer := "token.actions.githubusercontent.com"

deny contains {
	"msg": sprintf("%s lets any GitHub repository's workflows assume the role (no %s:sub condition)", [st.address, issuer]),
	"path": id.stmt_path(st, "principals"),
	"resource": st.address,
} if {
	some st in github_statements
	not st.conditions_unknown
	count(sub_conditions(st)) == 0
}

deny contains {
	"msg": sprintf("%s lets any GitHub repository's workflows assume the role (%s:sub matches %q)", [st.address, issuer, value]),
	"path": id.stmt_path(st, "condition"),
	"resource": st.address,
} if {
	some st in github_statements
	some c in sub_conditions(st)
	some value in c.values
	any_repository(value)
}

github_statements contains st if {
	some st in id.statements
	id.allows(st)
	id.trust_statement(st)
	some p in st.principals
	lower(p.type) == "federated"
	some ident in p.ids
	contains(ident, issuer)
}

sub_conditions(st) := [c | some c in st.conditions; lower(c.variable) == sprintf("%s:sub", [issuer])]

any_repository(v) if v in {"*", "repo:*", "repo:*/*", "repo:*:*"}
