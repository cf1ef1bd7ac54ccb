package verdict.github.bot_conditions_test

import data.verdict.github.bot_conditions
import rego.v1

wf(job) := {"on": "pull_request_target", "jobs": {"automerge": object.union({"runs-on": "ubuntu-latest", "steps": [{"run": "true"}]}, job)}}

test_job_condition_fires if {
	some r in bot_conditions.deny with input as wf({"if": "github.actor == 'dependabot[bot]'"})
	r.path == ["jobs", "automerge", "if"]
}

test_step_variants_fire if {
	results := bot_conditions.deny with input as wf({"steps": [
		{"if": "${{ github.ACTOR == 'renovate[bot]' && github.repository == 'o/r' }}", "run": "true"},
		{"if": "github['actor'] == 'mystery[bot]'", "run": "true"},
		{"if": "github.actor_id == 49699333", "run": "true"},
		{"if": "'dependabot[bot]' == github.actor", "run": "true"},
	]})
	count(results) == 4
}

test_pull_request_author_and_humans_pass if {
	count(bot_conditions.deny) == 0 with input as wf({"if": "github.event.pull_request.user.login == 'dependabot[bot]'", "steps": [{"if": "github.actor == 'octocat'", "run": "true"}, {"if": "github.triggering_actor != 'x'", "run": "true"}]})
}

test_unprivileged_trigger_passes if {
	count(bot_conditions.deny) == 0 with input as {"on": ["push", "pull_request"], "jobs": {"a": {"if": "github.actor == 'dependabot[bot]'", "steps": []}}}
}

test_reusable_workflow_job_fires_on_its_condition if {
	count(bot_conditions.deny) == 1 with input as {"on": "workflow_run", "jobs": {"c": {"if": "github.actor == 'dependabot[bot]'", "uses": "o/r/.github/workflows/x.yml@v1"}}}
}
