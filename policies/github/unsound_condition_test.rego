package verdict.github.unsound_condition_test

import data.verdict.github.unsound_condition
import rego.v1

wf(cond) := {"on": "push", "jobs": {"deploy": {"runs-on": "ubuntu-latest", "steps": [{"if": cond, "run": "./deploy.sh"}]}}}

test_block_scalar_newline_fires if {
	some r in unsound_condition.deny with input as wf("${{ github.ref == 'refs/heads/main' }}\n")
	r.path == ["jobs", "deploy", "steps", 0, "if"]
	contains(r.msg, "trailing newline")
}

test_text_outside_fires if {
	some r in unsound_condition.deny with input as wf("${{ false }} && true")
	contains(r.msg, "text outside")
	count(unsound_condition.deny) == 1 with input as wf("true && ${{ false }}")
	count(unsound_condition.deny) == 1 with input as wf(" ${{ false }}")
}

test_job_condition_fires if {
	count(unsound_condition.deny) == 1 with input as {"on": "push", "jobs": {"d": {"if": "${{ always() }} ", "uses": "o/r/.github/workflows/x.yml@v1"}}}
}

test_sound_conditions_pass if {
	count(unsound_condition.deny) == 0 with input as wf("${{ github.ref == 'refs/heads/main' }}")
	count(unsound_condition.deny) == 0 with input as wf("github.ref == 'refs/heads/main'\n")
	count(unsound_condition.deny) == 0 with input as wf("${{ format('{0}', github.ref) == 'x' }}")
	count(unsound_condition.deny) == 0 with input as wf("${{ a\n  && b }}")
}
