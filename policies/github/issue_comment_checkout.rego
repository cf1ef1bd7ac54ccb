# METADATA
# title: issue_comment workflow checks out a pull request's code
# description: >-
#   `issue_comment` workflows run on the default branch with its secrets and
#   a write token, for comments anyone can post on any pull request. A job
#   that then fetches the pull request (`ref: refs/pull/<n>/head` or
#   `/merge`, a ref built from `github.event.issue.number`, the `head_sha` or
#   `head_ref` output of a step that looked the pull request up,
#   `gh pr checkout`, `git fetch origin pull/<n>/head`) and builds or tests it
#   runs a fork's code with those privileges ("/test" and "/deploy"
#   chat-ops). Jobs guarded on the commenter's `author_association` are
#   still reported: the checked-out code can change after the comment.
# related_resources:
#   - https://docs.zizmor.sh/audits/#dangerous-triggers
#   - https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/
# custom:
#   id: VD-GHA-015
#   severity: high
#   remediation: >-
#     Build pull requests in a `pull_request` workflow without secrets; let
#     the comment only label the pull request or dispatch a run, or pin the
#     checkout to the exact commit a maintainer reviewed and keep secrets out
#     of the job.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-4"]
#     NIST-800-53: ["AC-6", "CM-7"]
#   example: |
#     on: issue_comment
#     jobs:
#       test:
#         if: github.event.issue.pull_request && github.event.comment.body == '/test'
#         runs-on: ubuntu-latest
#         steps:
#           - uses: actions/checkout@v4
#             with:
#               ref: refs/pull/${{ github.event.issue.number }}/head
#           - run: make test
package verdict.github.issue_comment_checkout

import data.verdict.lib.github as gh
import rego.v1

pr_ref_pattern := `refs/pull/|github\.event\.issue\.(number|pull_request)|steps\.[^.]+\.outputs\.(head_sha|head_ref|head-sha|head-ref|pr_head_sha|sha)\b`

pr_fetch_pattern := `\bgh\s+pr\s+checkout\b|\bgit\s+fetch\b[^\n]*\bpull/`

deny contains {
	"msg": sprintf("step %s of job %q checks out the pull request in an issue_comment workflow", [gh.step_label(s.step, s.index), s.job_id]),
	"path": array.concat(s.path, ["with", "ref"]),
} if {
	"issue_comment" in gh.triggers
	some s in gh.steps
	gh.action(s.step.uses) == "actions/checkout"
	is_string(s.step["with"].ref)
	regex.match(pr_ref_pattern, s.step["with"].ref)
}

deny contains {
	"msg": sprintf("step %s of job %q fetches the pull request in an issue_comment workflow", [gh.step_label(s.step, s.index), s.job_id]),
	"path": array.concat(s.path, ["run"]),
} if {
	"issue_comment" in gh.triggers
	some s in gh.steps
	is_string(s.step.run)
	regex.match(pr_fetch_pattern, s.step.run)
}
