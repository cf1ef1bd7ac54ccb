package verdict.github.secrets_inherit_test

import data.verdict.github.secrets_inherit
import rego.v1

test_inherit_fires if {
	wf := {"on": "push", "jobs": {"release": {"uses": "octo-org/ci/.github/workflows/release.yml@main", "secrets": "inherit"}}}
	some r in secrets_inherit.warn with input as wf
	r.path == ["jobs", "release", "secrets"]
}

test_named_or_no_secrets_pass if {
	wf := {"on": "push", "jobs": {
		"a": {"uses": "octo-org/ci/.github/workflows/a.yml@main", "secrets": {"TOKEN": "${{ secrets.TOKEN }}"}},
		"b": {"uses": "octo-org/ci/.github/workflows/b.yml@main"},
		"c": {"uses": "./.github/workflows/c.yml", "secrets": {}},
	}}
	count(secrets_inherit.warn) == 0 with input as wf
}

test_steps_jobs_ignored if {
	wf := {"on": "push", "jobs": {"build": {"runs-on": "ubuntu-latest", "steps": [{"run": "make"}]}}}
	count(secrets_inherit.warn) == 0 with input as wf
}
