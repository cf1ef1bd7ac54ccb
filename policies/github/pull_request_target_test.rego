package verdict.github.pull_request_target_test

import data.verdict.github.pull_request_target
import rego.v1

wf(on, ref) := {"on": on, "jobs": {"test": {"runs-on": "ubuntu-latest", "steps": [
	{"uses": "actions/checkout@v4", "with": {"ref": ref}},
	{"run": "npm test"},
]}}}

test_head_sha_checkout_fires if {
	some r in pull_request_target.deny with input as wf("pull_request_target", "${{ github.event.pull_request.head.sha }}")
	r.path == ["jobs", "test", "steps", 0]
}

test_trigger_forms_fire if {
	count(pull_request_target.deny) == 1 with input as wf(["push", "pull_request_target"], "${{ github.head_ref }}")
	count(pull_request_target.deny) == 1 with input as wf({"pull_request_target": {"types": ["labeled"]}}, "refs/pull/${{ github.event.number }}/merge")
}

test_base_checkout_passes if {
	count(pull_request_target.deny) == 0 with input as wf("pull_request_target", "${{ github.base_ref }}")
}

test_pull_request_trigger_passes if {
	count(pull_request_target.deny) == 0 with input as wf("pull_request", "${{ github.event.pull_request.head.sha }}")
}
