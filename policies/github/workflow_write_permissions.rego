# METADATA
# title: Write scope granted to every job of the workflow
# description: >-
#   A `write` scope in the workflow's top-level `permissions:` reaches every
#   job that does not set its own, so a lint or test job running third-party
#   code gets the token one release job needed (`contents: write` can push
#   tags and branches, `packages: write` publish images, `id-token: write`
#   mint cloud credentials). Reported when two or more jobs inherit the
#   scope; in a workflow with one such job the scope is in effect job-scoped.
#   `permissions: write-all` is VD-GHA-004.
# related_resources:
#   - https://docs.zizmor.sh/audits/#excessive-permissions
#   - https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token
# custom:
#   id: VD-GHA-025
#   severity: medium
#   remediation: >-
#     Set the top level to `permissions: {contents: read}` (or `{}`) and give
#     the write scope only to the job that needs it:
#     `jobs.release.permissions: {contents: write}`.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-5"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     on: push
#     permissions:
#       contents: write
#     jobs:
#       test:
#         runs-on: ubuntu-latest
#         steps:
#           - run: make test
#       release:
#         runs-on: ubuntu-latest
#         needs: test
#         steps:
#           - run: make release
package verdict.github.workflow_write_permissions

import rego.v1

warn contains {
	"msg": sprintf("workflow-level permissions grant %s: write to %d jobs that set no permissions of their own (%s)", [scope, count(inheriting), concat(", ", sort(inheriting))]),
	"path": ["permissions", scope],
} if {
	is_object(input.permissions)
	some scope, level in input.permissions
	level == "write"
	count(inheriting) > 1
}

inheriting contains job_id if {
	is_object(input.jobs)
	some job_id, job in input.jobs
	is_object(job)
	not "permissions" in object.keys(job)
	not "uses" in object.keys(job)
}
