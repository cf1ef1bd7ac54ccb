package verdict.cloudformation.ecs_host_network_mode_test

import data.verdict.cloudformation.ecs_host_network_mode as ecs
import rego.v1

task(props) := {"Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": object.union({"ContainerDefinitions": [{"Name": "app"}]}, props)}}}

test_host_mode_fires if {
	some r in ecs.deny with input as task({"NetworkMode": "host"})
	r.path == ["Resources", "Task", "Properties", "NetworkMode"]
	r.resource == "Task"
}

test_other_modes_pass if {
	count(ecs.deny) == 0 with input as task({})
	count(ecs.deny) == 0 with input as task({"NetworkMode": "awsvpc"})
	count(ecs.deny) == 0 with input as task({"NetworkMode": "bridge"})
}

test_unknown_passes if {
	count(ecs.deny) == 0 with input as task({"NetworkMode": {"Ref": "Mode"}})
	count(ecs.deny) == 0 with input as task({"NetworkMode": {"Fn::If": ["Host", "host", "awsvpc"]}})
}
