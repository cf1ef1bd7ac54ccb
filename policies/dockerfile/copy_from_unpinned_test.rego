package verdict.dockerfile.copy_from_unpinned_test

import data.verdict.dockerfile.copy_from_unpinned
import rego.v1

i(cmd, flags, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": flags, "Value": value, "Stage": 0}

test_copy_from_latest_fires_at_the_flag if {
	df := [i("from", [], ["python:3.12-slim"]), i("copy", ["--link", "--from=ghcr.io/astral-sh/uv:latest"], ["/uv", "/bin/uv"])]
	some r in copy_from_unpinned.warn with input as df
	r.path == [1, "Flags", 1]
	contains(r.msg, "latest tag")
}

test_untagged_and_mount_from_fire if {
	count(copy_from_unpinned.warn) == 1 with input as [i("from", [], ["alpine:3.20"]), i("copy", ["--from=nginx"], ["/etc/nginx", "/x"])]
	df := [i("from", [], ["alpine:3.20"]), i("run", ["--mount=type=bind,from=busybox,source=/bin/busybox,target=/bb"], ["/bb ls"])]
	some r in copy_from_unpinned.warn with input as df
	r.path == [1, "Flags", 0]
	count(copy_from_unpinned.warn) == 1 with input as [i("arg", [], ["TOOLS=tools"]), i("from", [], ["alpine:3.20"]), i("copy", ["--from=${TOOLS}"], ["/t", "/t"])]
}

test_stages_indices_and_pinned_images_pass if {
	df := [
		i("from", [], ["golang:1.22", "AS", "Build"]),
		i("from", [], ["alpine:3.20"]),
		i("copy", ["--from=build"], ["/out", "/out"]),
		i("copy", ["--from=0"], ["/out", "/out"]),
		i("copy", ["--from=ghcr.io/astral-sh/uv:0.4.20"], ["/uv", "/bin/"]),
		i("copy", ["--from=nginx@sha256:2b0079146a74e23bf4ae8f6a28e1b484c6292f6fb904cbb51825b4a19812fcd8"], ["/x", "/x"]),
		i("copy", ["--from=$TOOLS_IMAGE"], ["/t", "/t"]),
		i("run", ["--mount=type=cache,target=/root/.cache", "--mount=type=bind,from=build,target=/src"], ["make"]),
	]
	count(copy_from_unpinned.warn) == 0 with input as df
}
