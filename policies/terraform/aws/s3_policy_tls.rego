# METADATA
# title: S3 bucket policy does not require TLS
# description: >-
#   An `aws_s3_bucket_policy` (or the inline `policy` of an `aws_s3_bucket`,
#   provider v3) has no `Deny` statement for requests with `aws:SecureTransport`
#   false, so clients may read and write the bucket over plain HTTP. S3 accepts
#   HTTP by default. The policy is read when it is JSON (a literal,
#   `jsonencode`, a plan's rendered value) or a `data "aws_iam_policy_document"`
#   of the same module; a document with parts that cannot be read (dynamic
#   statements, source documents, expressions, `jsonencode` of values known only
#   at apply time) and buckets without a policy are not judged, nor the inline
#   policy of a bucket that has an `aws_s3_bucket_policy`. Reported at the
#   `policy` argument.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5
# custom:
#   id: VD-TF-AWS-072
#   severity: medium
#   remediation: >-
#     Add a statement `{ Sid = "DenyInsecureTransport", Effect = "Deny",
#     Principal = "*", Action = "s3:*", Resource = [bucket ARN, "${bucket
#     ARN}/*"], Condition = { Bool = { "aws:SecureTransport" = "false" } } }` to
#     the bucket policy.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["2.1.1"]
#     AWS-FSBP: ["S3.5"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_s3_bucket_policy" "data" {
#       bucket = aws_s3_bucket.data.id
#       policy = jsonencode({
#         Version   = "2012-10-17"
#         Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-data/*" }]
#       })
#     }
package verdict.terraform.aws.s3_policy_tls

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

deny contains {
	"msg": sprintf("%s: the bucket policy does not deny requests without TLS (aws:SecureTransport)", [r.address]),
	"path": array.concat(r.path, ["policy"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_s3_bucket_policy", "aws_s3_bucket"}
	not split_policy(r)
	awsd.lacks_tls_deny(r, "policy")
}

# A bucket whose policy an aws_s3_bucket_policy manages: judged there (a
# plan shows it on the bucket too).
split_policy(r) if {
	r.type == "aws_s3_bucket"
	aws.has_bucket_resource(r, "aws_s3_bucket_policy")
}
