package verdict.cloudformation.s3_access_logging_test

import data.verdict.cloudformation.s3_access_logging as al
import rego.v1

bucket(props) := {"Resources": {"Data": {"Type": "AWS::S3::Bucket", "Properties": props}}}

test_no_logging_fires if {
	some r in al.deny with input as bucket({"BucketName": "data"})
	r.path == ["Resources", "Data", "Properties"]
	some s in al.deny with input as bucket({"LoggingConfiguration": {"Ref": "AWS::NoValue"}})
	s.path == ["Resources", "Data", "Properties", "LoggingConfiguration"]
}

test_logging_and_log_buckets_pass if {
	tmpl := {"Resources": {
		"Data": {"Type": "AWS::S3::Bucket", "Properties": {"LoggingConfiguration": {"DestinationBucketName": {"Ref": "Logs"}}}},
		"Logs": {"Type": "AWS::S3::Bucket", "Properties": {}},
		"Other": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "named-logs", "LoggingConfiguration": {"DestinationBucketName": "named-logs"}}},
	}}
	count(al.deny) == 0 with input as tmpl
	count(al.deny) == 0 with input as bucket({"AccessControl": "LogDeliveryWrite"})
}

test_unknown_passes if {
	count(al.deny) == 0 with input as bucket({"LoggingConfiguration": {"Fn::If": ["Log", {"DestinationBucketName": "logs"}, {"Ref": "AWS::NoValue"}]}})
	count(al.deny) == 0 with input as bucket({"LoggingConfiguration": {"Ref": "Logging"}})
}

test_same_sub_name_is_a_log_bucket if {
	tmpl := {"Resources": {
		"Data": {"Type": "AWS::S3::Bucket", "Properties": {"LoggingConfiguration": {"DestinationBucketName": {"Fn::Sub": "${AWS::StackName}-logs"}}}},
		"Logs": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"Fn::Sub": "${AWS::StackName}-logs"}}},
	}}
	count(al.deny) == 0 with input as tmpl
}
