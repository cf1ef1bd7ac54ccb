package verdict.github.script_injection_test

import data.verdict.github.script_injection
import rego.v1

wf(step) := {"on": "issues", "jobs": {"greet": {"runs-on": "ubuntu-latest", "steps": [step]}}}

test_issue_title_fires if {
	some r in script_injection.deny with input as wf({"name": "greet", "run": "echo \"${{ github.event.issue.title }}\""})
	r.path == ["jobs", "greet", "steps", 0, "run"]
	contains(r.msg, `step "greet"`)
}

test_head_ref_fires_in_unnamed_step if {
	some r in script_injection.deny with input as wf({"run": "git checkout ${{ github.head_ref }}"})
	contains(r.msg, "step #1")
}

test_boolean_expression_passes if {
	count(script_injection.deny) == 0 with input as wf({"run": "echo ${{ contains(github.event.issue.title, 'bug') }}"})
}

test_trusted_context_passes if {
	count(script_injection.deny) == 0 with input as wf({"run": "echo ${{ github.sha }} ${{ github.event.issue.number }}"})
}

test_env_indirection_passes if {
	count(script_injection.deny) == 0 with input as wf({"env": {"TITLE": "${{ github.event.issue.title }}"}, "run": "echo \"$TITLE\""})
}

composite(step) := {"name": "a", "runs": {"using": "composite", "steps": [step]}}

test_composite_action_steps_are_judged_too if {
	[r] := [x | some x in script_injection.deny] with input as composite({"shell": "bash", "run": "echo ${{ github.event.pull_request.title }}"})
	r.path == ["runs", "steps", 0, "run"]
	contains(r.msg, "of the composite action")
	count(script_injection.deny) == 0 with input as composite({"shell": "bash", "env": {"T": "${{ github.event.pull_request.title }}"}, "run": "echo \"$T\""})
}
