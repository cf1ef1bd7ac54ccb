package verdict.github.issue_comment_checkout_test

import data.verdict.github.issue_comment_checkout
import rego.v1

wf(steps) := {"on": {"issue_comment": {"types": ["created"]}}, "jobs": {"test": {"runs-on": "ubuntu-latest", "steps": steps}}}

test_refs_pull_fires if {
	some r in issue_comment_checkout.deny with input as wf([{"uses": "actions/checkout@v4", "with": {"ref": "refs/pull/${{ github.event.issue.number }}/head"}}, {"run": "make test"}])
	r.path == ["jobs", "test", "steps", 0, "with", "ref"]
}

test_looked_up_head_sha_fires if {
	count(issue_comment_checkout.deny) == 1 with input as wf([
		{"id": "pr", "uses": "xt0rted/pull-request-comment-branch@v2"},
		{"uses": "actions/checkout@v4", "with": {"ref": "${{ steps.pr.outputs.head_sha }}"}},
	])
}

test_gh_pr_checkout_fires if {
	some r in issue_comment_checkout.deny with input as wf([{"uses": "actions/checkout@v4"}, {"run": "gh pr checkout ${{ github.event.issue.number }}\nmake"}])
	r.path == ["jobs", "test", "steps", 1, "run"]
}

test_default_branch_checkout_passes if {
	count(issue_comment_checkout.deny) == 0 with input as wf([{"uses": "actions/checkout@v4"}, {"uses": "actions/checkout@v4", "with": {"ref": "${{ github.sha }}"}}, {"run": "gh pr comment ${{ github.event.issue.number }} --body ok"}])
}

test_other_trigger_passes if {
	count(issue_comment_checkout.deny) == 0 with input as {"on": "pull_request", "jobs": {"t": {"steps": [{"uses": "actions/checkout@v4", "with": {"ref": "refs/pull/1/head"}}]}}}
}
