# METADATA
# title: workflow_run checks out the triggering run's code
# description: >-
#   A workflow triggered by `workflow_run` runs in the base repository with
#   its secrets and a write token even when the run that triggered it built a
#   fork's pull request. Checking out that run's head
#   (`github.event.workflow_run.head_sha`, `head_branch`, `head_commit.id`,
#   or its `head_repository`) and then building or running it hands the
#   secrets and token to whoever opened the pull request, as a
#   pull_request_target "pwn request" does.
# related_resources:
#   - https://docs.zizmor.sh/audits/#dangerous-triggers
#   - https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/
# custom:
#   id: VD-GHA-014
#   severity: high
#   remediation: >-
#     Check out the default branch (omit `ref:`) and treat everything from the
#     triggering run, artifacts included, as data; if the head must be
#     checked out, restrict the job with
#     `if: github.event.workflow_run.head_repository.full_name == github.repository`
#     and do not run its code with secrets.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-4"]
#     NIST-800-53: ["AC-6", "CM-7"]
#   example: |
#     on:
#       workflow_run:
#         workflows: [ci]
#         types: [completed]
#     jobs:
#       report:
#         runs-on: ubuntu-latest
#         steps:
#           - uses: actions/checkout@v4
#             with:
#               ref: ${{ github.event.workflow_run.head_sha }}
#           - run: npm ci && npm run report
package verdict.github.workflow_run_checkout

import data.verdict.lib.github as gh
import rego.v1

head_pattern := `github\.event\.workflow_run\.(head_sha|head_branch|head_commit\.id|head_repository\.(full_name|clone_url|html_url))`

deny contains {
	"msg": sprintf("step %s of job %q checks out the triggering run's %s in a workflow_run workflow", [gh.step_label(s.step, s.index), s.job_id, key]),
	"path": array.concat(s.path, ["with", key]),
} if {
	"workflow_run" in gh.triggers
	some s in gh.steps
	gh.action(s.step.uses) == "actions/checkout"
	is_object(s.step["with"])
	some key in ["ref", "repository"]
	regex.match(head_pattern, s.step["with"][key])
	not same_repository_only(s)
}

# A job or step guarded to runs from this repository (not forks).
same_repository_only(s) if same_repository_guard(s.job["if"])

same_repository_only(s) if same_repository_guard(s.step["if"])

same_repository_guard(cond) if {
	is_string(cond)
	regex.match(`github\.event\.workflow_run\.head_repository\.(full_name|fork)`, cond)
}
