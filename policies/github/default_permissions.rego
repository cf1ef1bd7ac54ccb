# METADATA
# title: Job runs with the default GITHUB_TOKEN permissions
# description: >-
#   With no `permissions:` at the top of the workflow or on the job, the
#   GITHUB_TOKEN gets the repository's default, which for repositories and
#   organisations created before February 2023 is read/write on contents,
#   packages, pull requests, issues and more. A compromised dependency or an
#   injection in any step can then push code or publish packages. Jobs that
#   set their own permissions are not reported, nor are step-running jobs of
#   a workflow that can only be called by another (`workflow_call` alone):
#   there the caller's permissions apply.
# related_resources:
#   - https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token
#   - https://docs.zizmor.sh/audits/#excessive-permissions
# custom:
#   id: VD-GHA-008
#   severity: medium
#   remediation: >-
#     Add `permissions: {contents: read}` (or `permissions: {}`) at the top of
#     the workflow and grant each job only the scopes it needs, e.g.
#     `permissions: {contents: read, pull-requests: write}`.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-5"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     on: push
#     jobs:
#       build:
#         runs-on: ubuntu-latest
#         steps:
#           - run: make
package verdict.github.default_permissions

import data.verdict.lib.github as gh
import rego.v1

warn contains {
	"msg": sprintf("job %q runs with the default GITHUB_TOKEN permissions: neither it nor the workflow sets permissions", [job_id]),
	"path": ["jobs", job_id],
} if {
	not "permissions" in object.keys(input)
	is_object(input.jobs)
	some job_id, job in input.jobs
	is_object(job)
	not "permissions" in object.keys(job)
	not callee_job(job)
}

# In a workflow only ever called by another (`on: workflow_call` alone) the
# caller's permissions cap the token of jobs that run steps; a job that calls
# a further reusable workflow still has to set its own.
callee_job(job) if {
	gh.triggers == {"workflow_call"}
	not is_string(object.get(job, "uses", null))
}
