# METADATA
# title: S3 bucket policy does not deny requests without TLS
# description: >-
#   S3 accepts plain HTTP requests unless the bucket policy denies them. An
#   `AWS::S3::Bucket` that no `AWS::S3::BucketPolicy` of the template
#   protects with a `Deny` statement on `Condition: {Bool:
#   {aws:SecureTransport: false}}` can be read and written in clear text.
#   A policy covers a bucket when its `Bucket` refers to it or repeats its
#   `BucketName` (literally or as the same `Fn::Sub`). When a bucket policy's
#   `Bucket` cannot be resolved, or its document is
#   an intrinsic, the buckets it may cover are not reported; nor are the
#   buckets of a template that uses a module (which may add the policy).
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucketpolicy.html
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit
# custom:
#   id: VD-CFN-037
#   severity: medium
#   remediation: >-
#     Add an `AWS::S3::BucketPolicy` for the bucket with the statement
#     `{Effect: Deny, Principal: "*", Action: "s3:*", Resource:
#     [<bucket arn>, <bucket arn>/*], Condition: {Bool: {aws:SecureTransport:
#     false}}}`.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["2.1.1"]
#     AWS-FSBP: ["S3.5"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     Resources:
#       Data:
#         Type: AWS::S3::Bucket
#         Properties:
#           BucketName: data
package verdict.cloudformation.s3_secure_transport

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import data.verdict.lib.cloudformation_platform_sets as sets
import rego.v1

deny contains {
	"msg": sprintf("S3 bucket %q has no bucket policy denying requests without TLS (aws:SecureTransport)", [r.name]),
	"path": r.path,
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::S3::Bucket")
	not unresolved_policy
	not sets.opaque_resources
	not protected(r)
}

policies_of(r) := {bp | some bp in cfn.of_type("AWS::S3::BucketPolicy"); covers(bp, r)}

covers(bp, r) if p.refers_to(bp.properties.Bucket, r.name)

covers(bp, r) if cfn.value(bp.properties.Bucket) == cfn.value(r.properties.BucketName)

# The same `Fn::Sub` name template as the bucket's BucketName.
covers(bp, r) if p.text(bp.properties.Bucket) == p.text(r.properties.BucketName)

unresolved_policy if {
	some bp in cfn.of_type("AWS::S3::BucketPolicy")
	not resolvable(bp)
}

resolvable(bp) if p.resolvable_ref(bp.properties.Bucket)

resolvable(bp) if is_string(cfn.value(bp.properties.Bucket))

resolvable(bp) if {
	some r in cfn.of_type("AWS::S3::Bucket")
	covers(bp, r)
}

protected(r) if {
	some bp in policies_of(r)
	not known_document(bp)
}

known_document(bp) if is_object(cfn.value(bp.properties.PolicyDocument))

protected(r) if {
	some bp in policies_of(r)
	some x in p.statements(cfn.value(bp.properties.PolicyDocument), [])
	cfn.value(x.statement.Effect) == "Deny"
	is_object(x.statement.Condition)
	some operator, tests in x.statement.Condition
	startswith(operator, "Bool")
	is_object(tests)
	some key, v in tests
	lower(key) == "aws:securetransport"
	insecure(v)
}

insecure(v) if false in p.values(v)

insecure(v) if "false" in {lower(s) | some s in p.values(v); is_string(s)}

insecure(v) if count(p.values(v)) == 0
