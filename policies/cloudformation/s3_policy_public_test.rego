package verdict.cloudformation.s3_policy_public_test

import data.verdict.cloudformation.s3_policy_public as sp
import rego.v1

policy(statement) := {"Resources": {"P": {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": {"Ref": "B"}, "PolicyDocument": {"Statement": statement}}}}}

test_public_fires if {
	some r in sp.deny with input as policy([{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}])
	r.path == ["Resources", "P", "Properties", "PolicyDocument", "Statement", 0, "Principal"]
	count(sp.deny) == 1 with input as policy({"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "s3:PutObject", "Resource": "*"})
}

test_restricted_passes if {
	count(sp.deny) == 0 with input as policy([{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}])
	count(sp.deny) == 0 with input as policy([{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}}}])
	count(sp.deny) == 0 with input as policy([{"Effect": "Allow", "Principal": {"Service": "cloudfront.amazonaws.com"}, "Action": "s3:GetObject", "Resource": "*"}])
}

test_unknown_passes if {
	count(sp.deny) == 0 with input as policy([{"Effect": "Allow", "Principal": {"AWS": {"Ref": "Reader"}}, "Action": "s3:GetObject", "Resource": "*"}])
	count(sp.deny) == 0 with input as policy([{"Effect": "Allow", "Principal": {"Fn::If": ["Public", "*", {"AWS": "arn:aws:iam::123456789012:root"}]}, "Action": "s3:GetObject", "Resource": "*"}])
}
