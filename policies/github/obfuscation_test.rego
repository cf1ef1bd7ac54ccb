package verdict.github.obfuscation_test

import data.verdict.github.obfuscation
import rego.v1

wf(step) := {"on": "issues", "jobs": {"triage": {"runs-on": "ubuntu-latest", "steps": [step]}}}

test_literal_index_fires if {
	some r in obfuscation.warn with input as wf({"run": "echo \"${{ github['event']['issue']['title'] }}\""})
	r.path == ["jobs", "triage", "steps", 0, "run"]
	contains(r.msg, "literal name")
}

test_literal_format_fires if {
	count(obfuscation.warn) == 1 with input as wf({"run": "echo ${{ format('{0} {1}', 'a', 'b') }}"})
}

test_condition_without_fence_fires if {
	some r in obfuscation.warn with input as wf({"if": "github['actor'] == 'x'", "run": "true"})
	r.path == ["jobs", "triage", "steps", 0, "if"]
}

test_uses_paths_fire if {
	results := obfuscation.warn with input as {"on": "push", "jobs": {
		"a": {"steps": [{"uses": "actions/checkout/@v4"}, {"uses": "actions/cache/save/../save@v4"}, {"uses": "github/codeql-action/./init@v3"}]},
		"b": {"uses": "o/r//.github/workflows/x.yml@v1"},
	}}
	count(results) == 4
}

test_plain_forms_pass if {
	count(obfuscation.warn) == 0 with input as wf({
		"if": "${{ github.event.issue.number > 0 }}",
		"run": "echo ${{ format('{0}-{1}', github.ref, matrix.os) }} ${{ fromJSON(needs.a.outputs.m)[0] }} ${{ github.event.commits[0].id }} ${{ matrix['node-version'] }}",
		"uses": "actions/cache/save@v4",
	})
}

test_local_and_docker_uses_pass if {
	count(obfuscation.warn) == 0 with input as wf({"uses": "./.github/actions/x"})
	count(obfuscation.warn) == 0 with input as wf({"uses": "docker://ghcr.io/o/i:1"})
}
