package verdict.cloudformation.ecs_service_public_ip_test

import data.verdict.cloudformation.ecs_service_public_ip as ecs
import rego.v1

service(assign) := {"Resources": {"Service": {"Type": "AWS::ECS::Service", "Properties": {"NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["subnet-1"], "AssignPublicIp": assign}}}}}}

test_public_ip_fires if {
	some r in ecs.deny with input as service("ENABLED")
	r.path == ["Resources", "Service", "Properties", "NetworkConfiguration", "AwsvpcConfiguration", "AssignPublicIp"]
	r.resource == "Service"
	ts := {"Resources": {"Ts": {"Type": "AWS::ECS::TaskSet", "Properties": {"NetworkConfiguration": {"AwsvpcConfiguration": {"AssignPublicIp": "ENABLED"}}}}}}
	some s in ecs.deny with input as ts
	contains(s.msg, "task set")
}

test_disabled_passes if {
	count(ecs.deny) == 0 with input as service("DISABLED")
	count(ecs.deny) == 0 with input as {"Resources": {"Service": {"Type": "AWS::ECS::Service", "Properties": {"Cluster": "c"}}}}
}

test_unknown_passes if {
	count(ecs.deny) == 0 with input as service({"Ref": "Assign"})
	count(ecs.deny) == 0 with input as service({"Fn::If": ["Public", "ENABLED", "DISABLED"]})
	t := object.union(service({"Ref": "Assign"}), {"Parameters": {"Assign": {"Type": "String", "Default": "ENABLED"}}})
	count(ecs.deny) == 1 with input as t
}
