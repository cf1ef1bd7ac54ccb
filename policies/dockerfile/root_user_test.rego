package verdict.dockerfile.root_user_test

import data.verdict.dockerfile.root_user
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

test_no_user_fires_at_the_final_from if {
	some r in root_user.deny with input as [i("from", ["node:22-alpine"]), i("cmd", ["node", "server.js"])]
	r.path == [0]
	contains(r.msg, "sets no USER")
}

test_last_user_root_fires if {
	df := [i("from", ["node:22"]), i("user", ["node"]), i("run", ["make"]), i("user", ["root:root"])]
	some r in root_user.deny with input as df
	r.path == [3, "Value", 0]
}

test_uid_zero_fires if {
	count(root_user.deny) == 1 with input as [i("from", ["alpine:3.20"]), i("user", ["0"])]
}

test_user_variable_resolved_from_build_args if {
	df := [i("arg", ["UID=0"]), i("from", ["python:3.12"]), i("arg", ["UID"]), i("user", ["$UID"])]
	some r in root_user.deny with input as df
	contains(r.msg, "0 with the build arguments' defaults")
	count(root_user.deny) == 0 with input as [i("from", ["python:3.12"]), i("arg", ["UID=10001"]), i("user", ["${UID}"])]
	count(root_user.deny) == 0 with input as [i("from", ["python:3.12"]), i("user", ["$APP_UID"])]
}

test_non_root_user_passes if {
	count(root_user.deny) == 0 with input as [i("from", ["alpine:3.20"]), i("user", ["10001:10001"])]
}

test_builder_stage_user_does_not_count if {
	df := [i("from", ["golang:1.22", "AS", "build"]), i("user", ["builder"]), i("from", ["alpine:3.20"])]
	some r in root_user.deny with input as df
	r.path == [2]
}

test_user_inherited_from_parent_stage if {
	df := [i("from", ["python:3.12", "AS", "base"]), i("user", ["10001"]), i("from", ["base"]), i("copy", [".", "/app"])]
	count(root_user.deny) == 0 with input as df
}

test_nonroot_base_images_trusted if {
	count(root_user.deny) == 0 with input as [i("from", ["gcr.io/distroless/static-debian12:nonroot"])]
	count(root_user.deny) == 0 with input as [i("from", ["nginxinc/nginx-unprivileged:1.27"])]
}

test_no_from_no_finding if {
	count(root_user.deny) == 0 with input as [i("comment", ["# empty"])]
}

test_repeated_declarations_take_the_last if {
	df := [i("arg", ["UID=1000"]), i("arg", ["UID=0", "UID=0"]), i("arg", ["GID=5", "GID=0"]), i("from", ["python:3.12"]), i("arg", ["UID"]), i("user", ["$UID:$GID"])]
	some r in root_user.deny with input as df
	contains(r.msg, "0:0 with")
}

test_repeated_stage_names_resolve_to_the_nearest if {
	df := [
		i("from", ["alpine:3.20", "AS", "base"]),
		i("user", ["app"]),
		i("from", ["alpine:3.20", "AS", "base"]),
		i("from", ["base"]),
	]
	some r in root_user.deny with input as df
	r.path == [2]
}
