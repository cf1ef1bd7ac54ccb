package verdict.github.code_injection_test

import data.verdict.github.code_injection
import rego.v1

wf(step) := {"on": "issues", "jobs": {"triage": {"runs-on": "ubuntu-latest", "steps": [{"uses": "actions/checkout@v4"}, step]}}}

test_github_script_with_issue_title_fires if {
	some r in code_injection.deny with input as wf({"uses": "actions/github-script@v7", "with": {"script": "console.log(\"${{ github.event.issue.title }}\")"}})
	r.path == ["jobs", "triage", "steps", 1, "with", "script"]
	contains(r.msg, "actions/github-script")
}

test_azure_cli_inline_script_any_case_fires if {
	some r in code_injection.deny with input as wf({"uses": "Azure/CLI@v2", "with": {"inlineScript": "az group create -n ${{ github.head_ref }}"}})
	r.path == ["jobs", "triage", "steps", 1, "with", "inlineScript"]
}

test_env_indirection_passes if {
	count(code_injection.deny) == 0 with input as wf({"uses": "actions/github-script@v7", "env": {"TITLE": "${{ github.event.issue.title }}"}, "with": {"script": "console.log(process.env.TITLE)"}})
}

test_trusted_contexts_and_booleans_pass if {
	count(code_injection.deny) == 0 with input as wf({"uses": "actions/github-script@v7", "with": {"script": "run(${{ github.event.issue.number }}, '${{ github.sha }}', ${{ contains(github.event.issue.title, 'bug') }}, '${{ matrix.os }}')"}})
}

test_other_inputs_and_actions_pass if {
	count(code_injection.deny) == 0 with input as wf({"uses": "actions/github-script@v7", "with": {"github-token": "${{ github.event.issue.title }}", "script": "1"}})
	count(code_injection.deny) == 0 with input as wf({"uses": "some/action@v1", "with": {"script": "${{ github.event.issue.title }}"}})
}

test_reusable_workflow_job_passes if {
	count(code_injection.deny) == 0 with input as {"on": "issues", "jobs": {"call": {"uses": "o/r/.github/workflows/x.yml@v1", "with": {"script": "${{ github.event.issue.title }}"}}}}
}
