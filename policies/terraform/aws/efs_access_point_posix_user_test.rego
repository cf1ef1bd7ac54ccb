package verdict.terraform.aws.efs_access_point_posix_user_test

import data.verdict.terraform.aws.efs_access_point_posix_user
import rego.v1

res(body) := {"resource": {"aws_efs_access_point": {"x": [object.union({"file_system_id": "${aws_efs_file_system.shared.id}"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in efs_access_point_posix_user.deny] with input as res({})
	r.path == ["resource", "aws_efs_access_point", "x", 0]
	r.resource == "aws_efs_access_point.x"
}

test_fires_1 if {
	[r] := [x | some x in efs_access_point_posix_user.deny] with input as res({"posix_user": []})
	r.path == ["resource", "aws_efs_access_point", "x", 0]
	r.resource == "aws_efs_access_point.x"
}

test_passes_0 if {
	count(efs_access_point_posix_user.deny) == 0 with input as res({"posix_user": [{"uid": 1000, "gid": 1000}]})
}

test_unknown_passes_0 if {
	count(efs_access_point_posix_user.deny) == 0 with input as res({"posix_user": "${var.posix_user}"})
}

test_unknown_passes_1 if {
	count(efs_access_point_posix_user.deny) == 0 with input as res({"dynamic": {"posix_user": [{"content": [{}]}]}})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_efs_access_point.x", "mode": "managed", "type": "aws_efs_access_point", "name": "x", "values": {"file_system_id": "fs-1", "posix_user": [], "root_directory": []}}]}}}
	count(efs_access_point_posix_user.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_efs_access_point.x", "mode": "managed", "type": "aws_efs_access_point", "name": "x", "values": {"file_system_id": "fs-1", "posix_user": [{"uid": 1, "gid": 1, "secondary_gids": null}]}}]}}}
	count(efs_access_point_posix_user.deny) == 0 with input as inp
}
