package verdict.cloudformation.ecs_efs_transit_encryption_test

import data.verdict.cloudformation.ecs_efs_transit_encryption as ecs
import rego.v1

task(efs) := {"Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"Volumes": [
	{"Name": "scratch"},
	{"Name": "shared", "EFSVolumeConfiguration": object.union({"FilesystemId": "fs-1"}, efs)},
]}}}}

test_unencrypted_efs_fires if {
	some r in ecs.deny with input as task({})
	r.path == ["Resources", "Task", "Properties", "Volumes", 1, "EFSVolumeConfiguration"]
	r.resource == "Task"
	contains(r.msg, "\"shared\"")
	some s in ecs.deny with input as task({"TransitEncryption": "DISABLED"})
	s.path == ["Resources", "Task", "Properties", "Volumes", 1, "EFSVolumeConfiguration", "TransitEncryption"]
}

test_encrypted_passes if {
	count(ecs.deny) == 0 with input as task({"TransitEncryption": "ENABLED"})
}

test_unknown_passes if {
	count(ecs.deny) == 0 with input as task({"TransitEncryption": {"Ref": "Transit"}})
	count(ecs.deny) == 0 with input as task({"TransitEncryption": {"Fn::If": ["Tls", "ENABLED", "DISABLED"]}})
}
