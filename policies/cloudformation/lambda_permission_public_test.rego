package verdict.cloudformation.lambda_permission_public_test

import data.verdict.cloudformation.lambda_permission_public as perm
import rego.v1

permission(props) := {"Resources": {"Invoke": {"Type": "AWS::Lambda::Permission", "Properties": object.union({"FunctionName": {"Ref": "Fn"}, "Action": "lambda:InvokeFunction"}, props)}}}

test_public_fires if {
	some r in perm.deny with input as permission({"Principal": "*"})
	r.path == ["Resources", "Invoke", "Properties", "Principal"]
	r.resource == "Invoke"
	count(perm.deny) == 1 with input as permission({"Principal": "*", "SourceAccount": {"Ref": "AWS::NoValue"}})
}

test_restricted_passes if {
	count(perm.deny) == 0 with input as permission({"Principal": "123456789012"})
	count(perm.deny) == 0 with input as permission({"Principal": "*", "PrincipalOrgID": "o-abc"})
	count(perm.deny) == 0 with input as permission({"Principal": "*", "SourceArn": {"Fn::GetAtt": ["Rule", "Arn"]}})
}

test_unknown_passes if {
	count(perm.deny) == 0 with input as permission({"Principal": {"Ref": "Caller"}})
	count(perm.deny) == 0 with input as permission({"Principal": {"Fn::If": ["Open", "*", "123456789012"]}})
	count(perm.deny) == 0 with input as permission({"Principal": "*", "SourceAccount": {"Ref": "Account"}})
}
