package verdict.cloudformation.lambda_permission_source_test

import data.verdict.cloudformation.lambda_permission_source as perm
import rego.v1

permission(props) := {"Resources": {"Invoke": {"Type": "AWS::Lambda::Permission", "Properties": object.union({"FunctionName": {"Ref": "Fn"}, "Action": "lambda:InvokeFunction", "Principal": "s3.amazonaws.com"}, props)}}}

test_service_without_source_fires if {
	some r in perm.deny with input as permission({})
	r.path == ["Resources", "Invoke", "Properties", "Principal"]
	r.resource == "Invoke"
	contains(r.msg, "s3.amazonaws.com")
}

test_source_restricted_passes if {
	count(perm.deny) == 0 with input as permission({"SourceArn": {"Fn::GetAtt": ["Bucket", "Arn"]}})
	count(perm.deny) == 0 with input as permission({"SourceAccount": {"Ref": "AWS::AccountId"}})
	count(perm.deny) == 0 with input as permission({"Principal": "123456789012"})
}

test_unknown_passes if {
	count(perm.deny) == 0 with input as permission({"Principal": {"Ref": "Service"}})
	count(perm.deny) == 0 with input as permission({"SourceArn": {"Fn::If": ["Scoped", "arn:aws:s3:::b", {"Ref": "AWS::NoValue"}]}})
}
