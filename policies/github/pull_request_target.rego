# METADATA
# title: pull_request_target checks out the pull request's code
# description: >-
#   pull_request_target runs with a write token and secrets in the context of
#   the base repository; checking out and running the fork's head code hands
#   both to whoever opened the pull request ("pwn request").
# related_resources:
#   - https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/
# custom:
#   id: VD-GHA-003
#   severity: critical
#   remediation: >-
#     Use the `pull_request` trigger for building untrusted code; if
#     pull_request_target is required, do not check out the head ref, or split
#     the work into an unprivileged `pull_request` workflow and a
#     `workflow_run` workflow that only consumes its artifacts.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-4"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     on: pull_request_target
#     jobs:
#       test:
#         runs-on: ubuntu-latest
#         steps:
#           - uses: actions/checkout@v4
#             with:
#               ref: ${{ github.event.pull_request.head.sha }}
#           - run: npm ci && npm test
package verdict.github.pull_request_target

import rego.v1

triggers contains input.on if is_string(input.on)

triggers contains t if {
	is_array(input.on)
	some t in input.on
}

triggers contains t if {
	is_object(input.on)
	some t, _ in input.on
}

head_refs := [
	`github\.event\.pull_request\.head\.(sha|ref)`,
	`github\.head_ref`,
	`refs/pull/`,
	`github\.event\.number`,
]

deny contains {
	"msg": sprintf("job %q checks out the pull request head in a pull_request_target workflow", [job_id]),
	"path": ["jobs", job_id, "steps", i],
} if {
	"pull_request_target" in triggers
	some job_id, job in input.jobs
	some i, step in job.steps
	startswith(step.uses, "actions/checkout")
	ref := step["with"].ref
	some pattern in head_refs
	regex.match(pattern, ref)
}
