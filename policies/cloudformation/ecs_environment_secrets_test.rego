package verdict.cloudformation.ecs_environment_secrets_test

import data.verdict.cloudformation.ecs_environment_secrets as ecs
import rego.v1

task(env) := {"Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": [{"Name": "app", "Image": "app", "Environment": [
	{"Name": "LOG_LEVEL", "Value": "debug"},
	env,
]}]}}}}

test_secret_value_fires if {
	some r in ecs.deny with input as task({"Name": "DB_PASSWORD", "Value": "hunter2hunter2"})
	r.path == ["Resources", "Task", "Properties", "ContainerDefinitions", 0, "Environment", 1, "Value"]
	r.resource == "Task"
	contains(r.msg, "DB_PASSWORD")
	count(ecs.deny) == 1 with input as task({"Name": "api_key", "Value": "abcd1234"})
}

test_access_key_fires if {
	some r in ecs.deny with input as task({"Name": "KEY", "Value": "AKIAIOSFODNN7EXAMPLE"})
	contains(r.msg, "AWS access key")
}

test_parameter_default_fires if {
	t := object.union(task({"Name": "APP_SECRET", "Value": {"Ref": "Secret"}}), {"Parameters": {"Secret": {"Type": "String", "NoEcho": true, "Default": "s3cr3t-value"}}})
	count(ecs.deny) == 1 with input as t
}

test_pointers_and_plain_settings_pass if {
	count(ecs.deny) == 0 with input as task({"Name": "DB_SECRET_ARN", "Value": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db"})
	count(ecs.deny) == 0 with input as task({"Name": "SECRET_NAME", "Value": "prod/db"})
	count(ecs.deny) == 0 with input as task({"Name": "USE_SECRETS", "Value": "true"})
	count(ecs.deny) == 0 with input as task({"Name": "DB_HOST", "Value": "db.internal"})
}

test_unknown_passes if {
	count(ecs.deny) == 0 with input as task({"Name": "DB_PASSWORD", "Value": {"Ref": "DbPassword"}})
	count(ecs.deny) == 0 with input as task({"Name": "DB_PASSWORD", "Value": {"Fn::GetAtt": ["Secret", "Value"]}})
	count(ecs.deny) == 0 with input as task({"Name": "DB_PASSWORD", "Value": {"Fn::If": ["Dev", "dev", {"Ref": "AWS::NoValue"}]}})
}
