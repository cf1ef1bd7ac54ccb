# METADATA
# title: EFS file system policy does not require TLS
# description: >-
#   An `aws_efs_file_system_policy` has no `Deny` statement for requests with
#   `aws:SecureTransport` false, so clients may mount the file system without
#   encryption in transit (EFS accepts plaintext NFS by default). The policy is
#   read when it is JSON or a `data "aws_iam_policy_document"` of the same
#   module; unreadable documents are not judged. Reported at `policy`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system_policy
#   - https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html
# custom:
#   id: VD-TF-AWS-083
#   severity: medium
#   remediation: >-
#     Add a statement `{ Effect = "Deny", Principal = { AWS = "*" }, Action =
#     "*", Resource = <file system ARN>, Condition = { Bool = {
#     "aws:SecureTransport" = "false" } } }` and mount with `-o tls`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-8"]
#   example: |
#     resource "aws_efs_file_system_policy" "shared" {
#       file_system_id = aws_efs_file_system.shared.id
#       policy = jsonencode({
#         Version   = "2012-10-17"
#         Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "elasticfilesystem:ClientMount", Resource = "*" }]
#       })
#     }
package verdict.terraform.aws.efs_policy_tls

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

deny contains {
	"msg": sprintf("%s: the file system policy does not deny requests without TLS (aws:SecureTransport)", [r.address]),
	"path": array.concat(r.path, ["policy"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_efs_file_system_policy")
	awsd.lacks_tls_deny(r, "policy")
}
