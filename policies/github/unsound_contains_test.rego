package verdict.github.unsound_contains_test

import data.verdict.github.unsound_contains
import rego.v1

wf(cond) := {"on": "push", "jobs": {"deploy": {"runs-on": "ubuntu-latest", "steps": [{"if": cond, "run": "./deploy.sh"}]}}}

test_string_membership_fires if {
	some r in unsound_contains.deny with input as wf("${{ contains('refs/heads/main refs/heads/develop', github.ref) }}")
	r.path == ["jobs", "deploy", "steps", 0, "if"]
}

test_each_call_fires if {
	count(unsound_contains.deny) == 2 with input as wf("contains('main,prod', github.ref_name) || CONTAINS('alice bob', github.actor) == true")
}

test_job_condition_fires if {
	count(unsound_contains.deny) == 1 with input as {"on": "push", "jobs": {"d": {"if": "contains('main', env.BRANCH)", "uses": "o/r/.github/workflows/x.yml@v1"}}}
}

test_array_and_context_haystacks_pass if {
	count(unsound_contains.deny) == 0 with input as wf("contains(fromJSON('[\"main\", \"dev\"]'), github.ref_name) && contains(github.event.pull_request.labels.*.name, 'deploy') && contains(github.ref, 'release') && contains('abc', 'a')")
}
