package verdict.github.unpinned_image_test

import data.verdict.github.unpinned_image
import rego.v1

wf(job) := {"on": "push", "jobs": {"test": object.union({"runs-on": "ubuntu-latest", "steps": [{"run": "make"}]}, job)}}

test_container_without_tag_fires if {
	some r in unpinned_image.warn with input as wf({"container": "node"})
	r.path == ["jobs", "test", "container"]
	contains(r.msg, "without a tag")
}

test_container_object_and_service_latest_fire if {
	results := unpinned_image.warn with input as wf({
		"container": {"image": "registry.example.com:5000/team/app"},
		"services": {"db": {"image": "postgres:latest"}, "cache": {"image": "redis:7.2"}},
	})
	paths := {r.path | some r in results}
	paths == {["jobs", "test", "container", "image"], ["jobs", "test", "services", "db", "image"]}
}

test_docker_step_fires if {
	some r in unpinned_image.warn with input as wf({"steps": [{"uses": "docker://alpine:latest"}]})
	r.path == ["jobs", "test", "steps", 0, "uses"]
}

test_tags_digests_and_expressions_pass if {
	count(unpinned_image.warn) == 0 with input as wf({
		"container": {"image": "node:20-bookworm"},
		"services": {
			"db": {"image": "postgres@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},
			"m": {"image": "${{ matrix.image }}"},
			"p": {"image": "localhost:5000/app:1.2"},
		},
		"steps": [{"uses": "docker://alpine:3.20"}, {"uses": "actions/checkout@v4"}],
	})
}

test_reusable_workflow_job_passes if {
	count(unpinned_image.warn) == 0 with input as {"on": "push", "jobs": {"c": {"uses": "o/r/.github/workflows/x.yml@v1", "with": {"image": "node"}}}}
}

action(image) := {"runs": {"using": "docker", "image": image}}

test_docker_action_image_fires_unless_pinned if {
	[r] := [x | some x in unpinned_image.warn] with input as action("docker://alpine")
	r.path == ["runs", "image"]
	contains(r.msg, "the Docker action")
	count(unpinned_image.warn) == 0 with input as action("docker://alpine:3.20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
	count(unpinned_image.warn) == 0 with input as action("Dockerfile")
}
