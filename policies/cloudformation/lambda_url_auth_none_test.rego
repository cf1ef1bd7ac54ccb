package verdict.cloudformation.lambda_url_auth_none_test

import data.verdict.cloudformation.lambda_url_auth_none as url
import rego.v1

fn_url(auth) := {"Resources": {"Url": {"Type": "AWS::Lambda::Url", "Properties": {"TargetFunctionArn": {"Fn::GetAtt": ["Fn", "Arn"]}, "AuthType": auth}}}}

test_no_auth_fires if {
	some r in url.deny with input as fn_url("NONE")
	r.path == ["Resources", "Url", "Properties", "AuthType"]
	r.resource == "Url"
}

test_iam_auth_passes if {
	count(url.deny) == 0 with input as fn_url("AWS_IAM")
}

test_unknown_passes if {
	count(url.deny) == 0 with input as fn_url({"Ref": "Auth"})
	count(url.deny) == 0 with input as fn_url({"Fn::If": ["Public", "NONE", "AWS_IAM"]})
}
