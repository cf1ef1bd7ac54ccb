package verdict.cloudformation.lambda_environment_secrets_test

import data.verdict.cloudformation.lambda_environment_secrets as env
import rego.v1

fn(vars) := {"Resources": {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Runtime": "python3.13", "Environment": {"Variables": object.union({"TABLE": "orders"}, vars)}}}}}

test_secret_fires if {
	some r in env.deny with input as fn({"API_KEY": "sk-live-0123456789abcdef"})
	r.path == ["Resources", "Fn", "Properties", "Environment", "Variables", "API_KEY"]
	r.resource == "Fn"
	count(env.deny) == 1 with input as fn({"DbPassword": "hunter2hunter2"})
	some s in env.deny with input as fn({"KEY": "AKIAIOSFODNN7EXAMPLE"})
	contains(s.msg, "AWS access key")
}

test_parameter_default_fires if {
	t := object.union(fn({"AUTH_TOKEN": {"Ref": "Token"}}), {"Parameters": {"Token": {"Type": "String", "Default": "abc123abc123"}}})
	count(env.deny) == 1 with input as t
}

test_pointers_pass if {
	count(env.deny) == 0 with input as fn({"SECRET_ARN": "arn:aws:secretsmanager:us-east-1:1:secret:x"})
	count(env.deny) == 0 with input as fn({"PASSWORD_PARAMETER": "/app/db/password"})
	count(env.deny) == 0 with input as fn({"SECRET_ID": {"Ref": "Secret"}})
	count(env.deny) == 0 with input as {"Resources": {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Runtime": "python3.13"}}}}
}

test_unknown_passes if {
	count(env.deny) == 0 with input as fn({"DB_PASSWORD": {"Ref": "DbPassword"}})
	count(env.deny) == 0 with input as fn({"DB_PASSWORD": {"Fn::If": ["Dev", "devpass1", {"Ref": "DbPassword"}]}})
	count(env.deny) == 0 with input as {"Resources": {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Environment": {"Variables": {"Ref": "Vars"}}}}}}
}
