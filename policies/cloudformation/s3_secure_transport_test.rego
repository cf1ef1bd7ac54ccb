package verdict.cloudformation.s3_secure_transport_test

import data.verdict.cloudformation.s3_secure_transport as st
import rego.v1

bucket := {"Data": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "data"}}}

tls := {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}

policy(target, statements) := {"Policy": {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": target, "PolicyDocument": {"Statement": statements}}}}

test_no_policy_fires if {
	some r in st.deny with input as {"Resources": bucket}
	r.path == ["Resources", "Data", "Properties"]
	r.resource == "Data"
}

test_policy_without_tls_deny_fires if {
	allow := {"Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": "s3:PutObject", "Resource": "*"}
	count(st.deny) == 1 with input as {"Resources": object.union(bucket, policy({"Ref": "Data"}, [allow]))}
	count(st.deny) == 1 with input as {"Resources": object.union(bucket, policy("other-bucket", [tls]))}
}

test_tls_deny_passes if {
	count(st.deny) == 0 with input as {"Resources": object.union(bucket, policy({"Ref": "Data"}, [tls]))}
	count(st.deny) == 0 with input as {"Resources": object.union(bucket, policy("data", {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": false}}}))}
}

test_unknown_passes if {
	count(st.deny) == 0 with input as {"Resources": object.union(bucket, policy({"Ref": "BucketParam"}, []))}
	count(st.deny) == 0 with input as {"Resources": object.union(bucket, {"Policy": {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": {"Ref": "Data"}, "PolicyDocument": {"Fn::If": ["Strict", {"Statement": [tls]}, {"Statement": []}]}}}})}
	count(st.deny) == 0 with input as {"Resources": object.union(bucket, policy({"Ref": "Data"}, [object.union(tls, {"Condition": {"Bool": {"aws:SecureTransport": {"Ref": "Flag"}}}})]))}
}

test_module_is_unknown if {
	count(st.deny) == 0 with input as {"Resources": object.union(bucket, {"Policy": {"Type": "bucket-policy.yaml", "Properties": {"Bucket": {"Ref": "Data"}}}})}
}

test_same_sub_name_is_covered if {
	named := {"Data": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"Fn::Sub": "${AWS::StackName}-data"}}}}
	count(st.deny) == 0 with input as {"Resources": object.union(named, policy({"Fn::Sub": "${AWS::StackName}-data"}, [tls]))}
	count(st.deny) == 1 with input as {"Resources": object.union(named, policy({"Fn::Sub": "${AWS::StackName}-data"}, []))}
}
