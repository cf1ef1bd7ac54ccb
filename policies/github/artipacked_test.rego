package verdict.github.artipacked_test

import data.verdict.github.artipacked
import rego.v1

wf(steps) := {"on": "push", "jobs": {"build": {"runs-on": "ubuntu-latest", "steps": steps}}}

test_default_checkout_fires if {
	some r in artipacked.warn with input as wf([{"uses": "actions/checkout@v4"}, {"run": "make"}])
	r.path == ["jobs", "build", "steps", 0, "uses"]
	not contains(r.msg, "artifact")
}

test_checkout_with_other_inputs_fires if {
	count(artipacked.warn) == 1 with input as wf([{"name": "co", "uses": "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", "with": {"fetch-depth": 0}}])
}

test_upload_of_workspace_is_named if {
	steps := [
		{"uses": "actions/checkout@v4"},
		{"uses": "actions/upload-artifact@v4", "with": {"name": "all", "path": "."}},
	]
	some r in artipacked.warn with input as wf(steps)
	contains(r.msg, "uploads the workspace")
}

test_upload_of_build_dir_is_not_named if {
	steps := [
		{"uses": "actions/checkout@v4"},
		{"uses": "actions/upload-artifact@v4", "with": {"name": "dist", "path": "dist/"}},
	]
	some r in artipacked.warn with input as wf(steps)
	not contains(r.msg, "uploads the workspace")
}

test_upload_of_github_workspace_is_named if {
	steps := [
		{"uses": "actions/checkout@v4"},
		{"uses": "actions/upload-artifact@v4", "with": {"path": "${{ github.workspace }}"}},
	]
	some r in artipacked.warn with input as wf(steps)
	contains(r.msg, "uploads the workspace")
}

test_explicit_settings_pass if {
	count(artipacked.warn) == 0 with input as wf([{"uses": "actions/checkout@v4", "with": {"persist-credentials": false}}])
	count(artipacked.warn) == 0 with input as wf([{"uses": "actions/checkout@v4", "with": {"persist-credentials": true}}])
	count(artipacked.warn) == 0 with input as wf([{"uses": "actions/checkout@v4", "with": {"persist-credentials": "${{ github.event_name == 'push' }}"}}])
	count(artipacked.warn) == 0 with input as wf([{"uses": "actions/checkout@v4", "with": "${{ fromJson(steps.s.outputs.o) }}"}])
}

test_other_actions_pass if {
	count(artipacked.warn) == 0 with input as wf([{"uses": "actions/setup-go@v5"}, {"uses": "someone/checkout-helper@v1"}])
}
