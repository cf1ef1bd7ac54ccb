# METADATA
# title: Self-hosted runner on a pull request or comment trigger
# description: >-
#   A job on a self-hosted runner in a workflow triggered by pull_request,
#   pull_request_target, pull_request_review(_comment) or issue_comment runs
#   code or input from people outside the repository on a machine that is
#   not wiped between jobs: a fork's pull request can plant persistence,
#   read other jobs' secrets and reach the internal network. The runner is
#   self-hosted when `runs-on` starts with (or contains) the `self-hosted`
#   label, or is an expression over a matrix dimension whose values include
#   it. Runner groups are not reported (they also hold GitHub-hosted larger
#   runners).
# related_resources:
#   - https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#self-hosted-runner-security
#   - https://docs.zizmor.sh/audits/#self-hosted-runner
# custom:
#   id: VD-GHA-006
#   severity: high
#   remediation: >-
#     Run jobs triggered by pull requests and comments on GitHub-hosted
#     runners; if self-hosted hardware is required, use ephemeral runners
#     (`--ephemeral`, actions-runner-controller) in a runner group restricted
#     to trusted workflows, and require approval for fork pull requests.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-4", "CICD-SEC-7"]
#     NIST-800-53: ["SC-7", "CM-7"]
#   example: |
#     on: pull_request
#     jobs:
#       test:
#         runs-on: [self-hosted, linux]
#         steps:
#           - uses: actions/checkout@v4
#           - run: make test
package verdict.github.self_hosted_public_trigger

import data.verdict.lib.github as gh
import rego.v1

public_triggers := {"pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "issue_comment"}

warn contains {
	"msg": sprintf("job %q runs on a self-hosted runner in a workflow triggered by %s", [j.id, concat(", ", sort(triggered_by))]),
	"path": ["jobs", j.id, "runs-on"],
} if {
	triggered_by := gh.triggers & public_triggers
	count(triggered_by) > 0
	some j in gh.jobs
	self_hosted(j.job)
}

labels(runs_on) := [runs_on] if is_string(runs_on)

labels(runs_on) := runs_on if is_array(runs_on)

labels(runs_on) := [runs_on.labels] if is_string(runs_on.labels)

labels(runs_on) := runs_on.labels if is_array(runs_on.labels)

self_hosted(job) if "self-hosted" in labels(job["runs-on"])

# runs-on: ${{ matrix.os }} with `self-hosted` among that dimension's values.
self_hosted(job) if {
	is_string(job["runs-on"])
	[dimension] := regex.find_all_string_submatch_n(`^\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}$`, job["runs-on"], 1)
	some value in matrix_values(job.strategy.matrix, dimension[1])
	"self-hosted" in labels(value)
}

matrix_values(matrix, name) := array.concat(base, included) if {
	is_object(matrix)
	base := [v | is_array(matrix[name]); some v in matrix[name]]
	included := [entry[name] | is_array(matrix.include); some entry in matrix.include; is_object(entry); entry[name]]
}
