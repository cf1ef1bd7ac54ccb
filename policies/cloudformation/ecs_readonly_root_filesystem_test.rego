package verdict.cloudformation.ecs_readonly_root_filesystem_test

import data.verdict.cloudformation.ecs_readonly_root_filesystem as ecs
import rego.v1

task(cd) := {"Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": [object.union({"Name": "app", "Image": "nginx"}, cd)]}}}}

test_writable_root_warns if {
	some r in ecs.warn with input as task({})
	r.path == ["Resources", "Task", "Properties", "ContainerDefinitions", 0]
	r.resource == "Task"
	some s in ecs.warn with input as task({"ReadonlyRootFilesystem": "false"})
	s.path == ["Resources", "Task", "Properties", "ContainerDefinitions", 0, "ReadonlyRootFilesystem"]
}

test_read_only_passes if {
	count(ecs.warn) == 0 with input as task({"ReadonlyRootFilesystem": true})
}

test_unknown_passes if {
	count(ecs.warn) == 0 with input as task({"ReadonlyRootFilesystem": {"Ref": "ReadOnly"}})
	count(ecs.warn) == 0 with input as task({"ReadonlyRootFilesystem": {"Fn::If": ["Ro", true, false]}})
}
