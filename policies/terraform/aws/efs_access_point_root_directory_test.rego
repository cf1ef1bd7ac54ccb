package verdict.terraform.aws.efs_access_point_root_directory_test

import data.verdict.terraform.aws.efs_access_point_root_directory
import rego.v1

res(body) := {"resource": {"aws_efs_access_point": {"x": [object.union({"file_system_id": "${aws_efs_file_system.shared.id}"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in efs_access_point_root_directory.deny] with input as res({})
	r.path == ["resource", "aws_efs_access_point", "x", 0]
	r.resource == "aws_efs_access_point.x"
}

test_fires_1 if {
	[r] := [x | some x in efs_access_point_root_directory.deny] with input as res({"root_directory": [{"path": "/"}]})
	r.path == ["resource", "aws_efs_access_point", "x", 0, "root_directory", 0, "path"]
	r.resource == "aws_efs_access_point.x"
}

test_passes_0 if {
	count(efs_access_point_root_directory.deny) == 0 with input as res({"root_directory": [{"path": "/app"}]})
}

test_unknown_passes_0 if {
	count(efs_access_point_root_directory.deny) == 0 with input as res({"root_directory": [{"path": "${var.path}"}]})
}

test_unknown_passes_1 if {
	count(efs_access_point_root_directory.deny) == 0 with input as res({"dynamic": {"root_directory": [{"content": [{}]}]}})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_efs_access_point.x", "mode": "managed", "type": "aws_efs_access_point", "name": "x", "values": {"file_system_id": "fs-1", "posix_user": [], "root_directory": []}}]}}}
	count(efs_access_point_root_directory.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_efs_access_point.x", "mode": "managed", "type": "aws_efs_access_point", "name": "x", "values": {"file_system_id": "fs-1", "root_directory": [{"path": "/app", "creation_info": []}]}}]}}}
	count(efs_access_point_root_directory.deny) == 0 with input as inp
}
