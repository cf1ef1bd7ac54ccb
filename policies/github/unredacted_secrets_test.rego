package verdict.github.unredacted_secrets_test

import data.verdict.github.unredacted_secrets
import rego.v1

wf(env) := {"on": "push", "jobs": {"deploy": {"runs-on": "ubuntu-latest", "steps": [{"run": "./deploy.sh", "env": env}]}}}

test_fromjson_field_fires if {
	some r in unredacted_secrets.warn with input as wf({"P": "${{ fromJson(secrets.DB).password }}"})
	r.path == ["jobs", "deploy", "steps", 0, "env", "P"]
}

test_fromjson_index_fires if {
	count(unredacted_secrets.warn) == 1 with input as wf({"P": "${{ fromJSON(secrets['DB']) }}"})
}

test_plain_secret_and_fromjson_of_other_contexts_pass if {
	count(unredacted_secrets.warn) == 0 with input as wf({"A": "${{ secrets.DB }}", "B": "${{ fromJSON(needs.x.outputs.matrix) }}", "C": "${{ fromJSON(steps.secrets.outputs.list) }}"})
}
