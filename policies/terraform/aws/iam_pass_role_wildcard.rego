# METADATA
# title: IAM policy allows iam:PassRole on every role
# description: >-
#   An `Allow` statement of a permissions policy grants `iam:PassRole` (or a
#   pattern matching it, such as `iam:Pass*`) on `"*"` or on every role of an
#   account (`arn:aws:iam::123456789012:role/*`). Whoever holds it can hand
#   any role, administrators' included, to a service they control (an EC2
#   instance, a Lambda function) and act with its permissions. `iam:*` and
#   `*` are reported by VD-TF-AWS-026 and VD-TF-AWS-011.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document
# custom:
#   id: VD-TF-AWS-027
#   severity: high
#   remediation: >-
#     Limit `iam:PassRole` to the ARNs of the roles the principal must pass,
#     and add an `iam:PassedToService` condition naming the service.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-6"]
#     PCI-DSS-4.0: ["7.2.2"]
#   example: |
#     data "aws_iam_policy_document" "deploy" {
#       statement {
#         actions   = ["iam:PassRole"]
#         resources = ["*"]
#       }
#     }
package verdict.terraform.aws.iam_pass_role_wildcard

import data.verdict.lib.terraform_aws_identity as id
import rego.v1

deny contains {
	"msg": sprintf("%s allows %q on %q: it can pass any role to a service", [st.address, action, resource]),
	"path": id.stmt_path(st, "actions"),
	"resource": st.address,
} if {
	some st in id.statements
	id.allows(st)
	id.identity_statement(st)
	some action in st.actions
	not id.full_wildcard(action)
	id.action_matches(action, "iam:passrole")
	some resource in st.resources
	every_role(resource)
}

every_role(r) if r == "*"

every_role(r) if regex.match(`^arn:aws[a-z-]*:iam::[^:]*:(role/)?\*$`, r)
