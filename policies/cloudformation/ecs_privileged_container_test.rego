package verdict.cloudformation.ecs_privileged_container_test

import data.verdict.cloudformation.ecs_privileged_container as ecs
import rego.v1

task(cd) := {"Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": [
	{"Name": "sidecar", "Image": "envoy"},
	object.union({"Name": "app", "Image": "nginx"}, cd),
]}}}}

test_privileged_fires if {
	some r in ecs.deny with input as task({"Privileged": true})
	r.path == ["Resources", "Task", "Properties", "ContainerDefinitions", 1, "Privileged"]
	r.resource == "Task"
	contains(r.msg, "\"app\"")
	count(ecs.deny) == 1 with input as task({"Privileged": "true"})
}

test_unprivileged_passes if {
	count(ecs.deny) == 0 with input as task({})
	count(ecs.deny) == 0 with input as task({"Privileged": false})
}

test_unknown_passes if {
	count(ecs.deny) == 0 with input as task({"Privileged": {"Ref": "Privileged"}})
	count(ecs.deny) == 0 with input as task({"Privileged": {"Fn::If": ["Debug", true, false]}})
	count(ecs.deny) == 0 with input as {"Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": {"Ref": "Defs"}}}}}
}
