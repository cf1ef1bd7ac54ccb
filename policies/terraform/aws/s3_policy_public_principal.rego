# METADATA
# title: S3 bucket policy allows any principal
# description: >-
#   An `Allow` statement of an `aws_s3_bucket_policy` (or the inline `policy` of
#   an `aws_s3_bucket`) grants `Principal "*"` (or `{ AWS = "*" }`) without any
#   `Condition`, so anyone on the internet, or any AWS account, gets the listed
#   actions on the bucket unless a public access block rejects the policy.
#   Statements narrowed by a condition (`aws:SourceVpce`, `aws:PrincipalOrgID`,
#   `aws:SourceArn`, …) are not reported. The policy is read as JSON or from a
#   `data "aws_iam_policy_document"` of the same module; reported at the
#   `policy` argument, once per public statement.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
# custom:
#   id: VD-TF-AWS-073
#   severity: high
#   remediation: >-
#     Name the principals (account, role ARNs) instead of `"*"`, or add a
#     condition that restricts the callers (`aws:PrincipalOrgID`,
#     `aws:SourceVpce`, `aws:SourceArn`); serve public content through
#     CloudFront with origin access control.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     resource "aws_s3_bucket_policy" "site" {
#       bucket = aws_s3_bucket.site.id
#       policy = jsonencode({
#         Version   = "2012-10-17"
#         Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-site/*" }]
#       })
#     }
package verdict.terraform.aws.s3_policy_public_principal

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

deny contains {
	"msg": sprintf("%s: the bucket policy allows %v to any principal (\"*\") without a condition", [r.address, st.actions]),
	"path": array.concat(r.path, ["policy"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_s3_bucket_policy", "aws_s3_bucket"}
	not split_policy(r)
	doc := awsd.policy_doc(r, "policy")
	some st in doc.statements
	awsd.public_allow(st)
}

# A bucket whose policy an aws_s3_bucket_policy manages: judged there (a
# plan shows it on the bucket too).
split_policy(r) if {
	r.type == "aws_s3_bucket"
	aws.has_bucket_resource(r, "aws_s3_bucket_policy")
}
