package verdict.dockerfile.base_image_unpinned_test

import data.verdict.dockerfile.base_image_unpinned
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

test_untagged_fires if {
	some r in base_image_unpinned.warn with input as [i("from", ["ubuntu"]), i("run", ["make"])]
	r.path == [0, "Value", 0]
	contains(r.msg, "no tag")
}

test_latest_fires if {
	some r in base_image_unpinned.warn with input as [i("comment", ["# base"]), i("from", ["nginx:latest"])]
	r.path == [1, "Value", 0]
	contains(r.msg, "latest tag")
}

test_registry_port_is_not_a_tag if {
	count(base_image_unpinned.warn) == 1 with input as [i("from", ["registry.local:5000/team/app"])]
	count(base_image_unpinned.warn) == 0 with input as [i("from", ["registry.local:5000/team/app:1.4"])]
}

test_tag_digest_and_scratch_pass if {
	count(base_image_unpinned.warn) == 0 with input as [i("from", ["python:3.12-slim"])]
	count(base_image_unpinned.warn) == 0 with input as [i("from", ["python@sha256:2b0079146a74e23bf4ae8f6a28e1b484c6292f6fb904cbb51825b4a19812fcd8"])]
	count(base_image_unpinned.warn) == 0 with input as [i("from", ["scratch"])]
}

test_earlier_stage_names_pass if {
	df := [
		i("from", ["golang:1.22", "AS", "Build"]),
		i("from", ["build", "as", "test"]),
		i("from", ["test"]),
	]
	count(base_image_unpinned.warn) == 0 with input as df
}

test_later_stage_name_is_an_image if {
	# FROM can only refer to stages defined above it.
	df := [i("from", ["app"]), i("from", ["alpine:3.20", "AS", "app"])]
	count(base_image_unpinned.warn) == 1 with input as df
}

test_build_args_are_resolved if {
	count(base_image_unpinned.warn) == 1 with input as [i("arg", ["BASE=node"]), i("from", ["${BASE}"])]
	count(base_image_unpinned.warn) == 0 with input as [i("arg", ["VERSION=3.20"]), i("from", ["alpine:$VERSION"])]
	count(base_image_unpinned.warn) == 1 with input as [i("arg", ["REGISTRY"]), i("from", ["${REGISTRY}/tools"])]
}

test_unresolved_tag_is_left_alone if {
	count(base_image_unpinned.warn) == 0 with input as [i("arg", ["VERSION"]), i("from", ["alpine:${VERSION}"])]
	count(base_image_unpinned.warn) == 0 with input as [i("from", ["${BASE_IMAGE}"])]
}

test_conftest_nested_document if {
	some r in base_image_unpinned.warn with input as [[i("from", ["ubuntu"])]]
	r.path == [0, 0, "Value", 0]
}
