package verdict.github.overprovisioned_secrets_test

import data.verdict.github.overprovisioned_secrets
import rego.v1

wf(step) := {"on": "push", "jobs": {"deploy": {"runs-on": "ubuntu-latest", "steps": [step]}}}

test_tojson_secrets_fires if {
	some r in overprovisioned_secrets.warn with input as wf({"run": "./deploy.sh", "env": {"ALL": "${{ format('{0}', toJSON( secrets )) }}"}})
	r.path == ["jobs", "deploy", "steps", 0, "env", "ALL"]
	contains(r.msg, "step 1 of job \"deploy\"")
}

test_computed_index_fires_in_reusable_call if {
	some r in overprovisioned_secrets.warn with input as {"on": "push", "jobs": {"call": {"uses": "o/r/.github/workflows/x.yml@v1", "strategy": {"matrix": {"t": ["A", "B"]}}, "secrets": {"token": "${{ secrets[matrix.t] }}"}}}}
	r.path == ["jobs", "call", "secrets", "token"]
}

test_named_secrets_pass if {
	count(overprovisioned_secrets.warn) == 0 with input as wf({"run": "echo ${{ toJSON(secrets.ONE) }}", "env": {"A": "${{ secrets.A }}", "B": "${{ secrets['B'] }}", "C": "${{ toJSON(github) }}", "D": "${{ steps.secrets[0] }}"}})
}

test_outside_an_expression_passes if {
	count(overprovisioned_secrets.warn) == 0 with input as wf({"run": "echo 'toJSON(secrets)'"})
}

test_workflow_level_env_fires if {
	some r in overprovisioned_secrets.warn with input as {"on": "push", "env": {"S": "${{ toJSON(secrets) }}"}, "jobs": {}}
	r.msg == "the workflow passes every secret to the runner (toJSON(secrets))"
}
