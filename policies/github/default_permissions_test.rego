package verdict.github.default_permissions_test

import data.verdict.github.default_permissions
import rego.v1

test_job_without_permissions_fires if {
	wf := {"on": "push", "jobs": {"build": {"runs-on": "ubuntu-latest", "steps": [{"run": "make"}]}}}
	some r in default_permissions.warn with input as wf
	r.path == ["jobs", "build"]
}

test_only_jobs_without_permissions_fire if {
	wf := {"on": "push", "jobs": {
		"build": {"runs-on": "ubuntu-latest", "permissions": {"contents": "read"}, "steps": []},
		"release": {"runs-on": "ubuntu-latest", "steps": []},
	}}
	results := default_permissions.warn with input as wf
	count(results) == 1
	some r in results
	r.path == ["jobs", "release"]
}

test_top_level_permissions_pass if {
	count(default_permissions.warn) == 0 with input as {"on": "push", "permissions": {}, "jobs": {"build": {"runs-on": "ubuntu-latest", "steps": []}}}
	count(default_permissions.warn) == 0 with input as {"on": "push", "permissions": "read-all", "jobs": {"build": {"runs-on": "ubuntu-latest", "steps": []}}}
}

test_reusable_only_workflow if {
	wf := {"on": {"workflow_call": {"inputs": {}}}, "jobs": {
		"build": {"runs-on": "ubuntu-latest", "steps": []},
		"nested": {"uses": "./.github/workflows/other.yml"},
	}}
	results := default_permissions.warn with input as wf
	count(results) == 1
	some r in results
	r.path == ["jobs", "nested"]
}

test_reusable_with_other_triggers_fires if {
	wf := {"on": ["workflow_call", "push"], "jobs": {"build": {"runs-on": "ubuntu-latest", "steps": []}}}
	count(default_permissions.warn) == 1 with input as wf
}
