package verdict.cloudformation.s3_encryption_test

import data.verdict.cloudformation.s3_encryption
import rego.v1

bucket(props) := {"Resources": {"Logs": {"Type": "AWS::S3::Bucket", "Properties": props}}}

test_bucket_without_encryption_fires if {
	some r in s3_encryption.deny with input as bucket({"BucketName": "logs"})
	r.path == ["Resources", "Logs", "Properties"]
	r.resource == "Logs"
}

test_bucket_without_properties_fires if {
	some r in s3_encryption.deny with input as {"Resources": {"Logs": {"Type": "AWS::S3::Bucket"}}}
	r.path == ["Resources", "Logs", "Properties"]
}

test_encrypted_bucket_passes if {
	enc := {"ServerSideEncryptionConfiguration": [{"ServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}]}
	count(s3_encryption.deny) == 0 with input as bucket({"BucketEncryption": enc})
}

test_conditional_encryption_is_unknown if {
	enc := {"Fn::If": ["Encrypt", {"ServerSideEncryptionConfiguration": []}, {"Ref": "AWS::NoValue"}]}
	count(s3_encryption.deny) == 0 with input as bucket({"BucketEncryption": enc})
}

test_encryption_removed_in_every_branch_fires if {
	enc := {"Fn::If": ["Never", {"Ref": "AWS::NoValue"}, {"Ref": "AWS::NoValue"}]}
	count(s3_encryption.deny) == 1 with input as bucket({"BucketEncryption": enc})
}

test_other_resources_pass if {
	count(s3_encryption.deny) == 0 with input as {"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {}}}}
}
