package verdict.github.unpinned_action_test

import data.verdict.github.unpinned_action
import rego.v1

wf(uses) := {"on": "push", "jobs": {"build": {"runs-on": "ubuntu-latest", "steps": [{"uses": uses}]}}}

test_third_party_tag_fires if {
	some r in unpinned_action.warn with input as wf("tj-actions/changed-files@v45")
	r.path == ["jobs", "build", "steps", 0, "uses"]
}

test_reusable_workflow_branch_fires if {
	w := {"on": "push", "jobs": {"call": {"uses": "octo-org/ci/.github/workflows/build.yml@main"}}}
	some r in unpinned_action.warn with input as w
	r.path == ["jobs", "call", "uses"]
}

test_sha_pin_passes if {
	count(unpinned_action.warn) == 0 with input as wf("tj-actions/changed-files@0123456789abcdef0123456789abcdef01234567")
}

test_first_party_local_and_docker_pass if {
	count(unpinned_action.warn) == 0 with input as wf("actions/checkout@v4")
	count(unpinned_action.warn) == 0 with input as wf("github/codeql-action/init@v3")
	count(unpinned_action.warn) == 0 with input as wf("./.github/actions/setup")
	count(unpinned_action.warn) == 0 with input as wf("docker://alpine:3.20")
}

test_short_sha_fires if {
	count(unpinned_action.warn) == 1 with input as wf("someone/action@0123456")
}

test_composite_action_steps_are_judged_too if {
	action := {"runs": {"using": "composite", "steps": [{"uses": "tj-actions/changed-files@v45"}, {"uses": "./local"}]}}
	[r] := [x | some x in unpinned_action.warn] with input as action
	r.path == ["runs", "steps", 0, "uses"]
	startswith(r.msg, "the composite action uses")
}
