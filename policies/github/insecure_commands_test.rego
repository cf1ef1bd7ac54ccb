package verdict.github.insecure_commands_test

import data.verdict.github.insecure_commands
import rego.v1

test_job_env_fires if {
	wf := {"on": "push", "jobs": {"build": {"runs-on": "ubuntu-latest", "env": {"ACTIONS_ALLOW_UNSECURE_COMMANDS": true}, "steps": [{"run": "make"}]}}}
	some r in insecure_commands.deny with input as wf
	r.path == ["jobs", "build", "env", "ACTIONS_ALLOW_UNSECURE_COMMANDS"]
}

test_workflow_and_step_env_fire if {
	wf := {
		"on": "push",
		"env": {"ACTIONS_ALLOW_UNSECURE_COMMANDS": "True"},
		"jobs": {"build": {"runs-on": "ubuntu-latest", "steps": [{"name": "legacy", "uses": "old/action@v1", "env": {"ACTIONS_ALLOW_UNSECURE_COMMANDS": "  true "}}]}},
	}
	results := insecure_commands.deny with input as wf
	count(results) == 2
	some r in results
	r.path == ["jobs", "build", "steps", 0, "env", "ACTIONS_ALLOW_UNSECURE_COMMANDS"]
	contains(r.msg, `step "legacy"`)
}

test_false_and_non_boolean_values_pass if {
	wf := {"on": "push", "jobs": {"build": {"runs-on": "ubuntu-latest", "steps": [
		{"run": "a", "env": {"ACTIONS_ALLOW_UNSECURE_COMMANDS": false}},
		{"run": "b", "env": {"ACTIONS_ALLOW_UNSECURE_COMMANDS": "false"}},
		{"run": "c", "env": {"ACTIONS_ALLOW_UNSECURE_COMMANDS": "yes"}},
		{"run": "d", "env": "${{ matrix.env }}"},
	]}}}
	count(insecure_commands.deny) == 0 with input as wf
}
