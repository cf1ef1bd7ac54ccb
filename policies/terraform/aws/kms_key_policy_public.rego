# METADATA
# title: KMS key policy allows any principal
# description: >-
#   A key policy (`policy` of `aws_kms_key`, `aws_kms_key_policy`, replica
#   and external keys, or an `aws_iam_policy_document` they refer to) has an
#   `Allow` statement for `"Principal": "*"` (or `{"AWS": "*"}`) without any
#   condition: any AWS account can use the key, and with `kms:*` manage it.
#   Data encrypted under it is only as private as the key.
# related_resources:
#   - https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#policy
# custom:
#   id: VD-TF-AWS-061
#   severity: critical
#   remediation: >-
#     Name the account root (`arn:aws:iam::<account>:root`) and the roles
#     that use the key as principals, or restrict `*` with a condition such
#     as `kms:CallerAccount` or `aws:PrincipalOrgID`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "SC-12"]
#     PCI-DSS-4.0: ["3.6.1"]
#   example: |
#     resource "aws_kms_key" "shared" {
#       policy = jsonencode({
#         Version   = "2012-10-17"
#         Statement = [{ Effect = "Allow", Principal = "*", Action = "kms:*", Resource = "*" }]
#       })
#     }
package verdict.terraform.aws.kms_key_policy_public

import data.verdict.lib.terraform_aws_identity as id
import rego.v1

deny contains {
	"msg": sprintf("%s key policy lets any principal %s (Principal \"*\" without a condition)", [st.address, concat(", ", st.actions)]),
	"path": id.stmt_path(st, "principals"),
	"resource": st.address,
} if {
	some st in id.statements
	"kms" in st.kinds
	id.allows(st)
	id.public_principal(st)
	id.unconditioned(st)
}
