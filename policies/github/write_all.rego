# METADATA
# title: Workflow grants write-all permissions
# description: >-
#   `permissions: write-all` gives the GITHUB_TOKEN write access to every
#   scope (contents, packages, actions, …), so any compromised step can push
#   code or publish releases.
# related_resources:
#   - https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token
# custom:
#   id: VD-GHA-004
#   severity: high
#   remediation: >-
#     Set `permissions: {}` (or `contents: read`) at the top of the workflow
#     and grant each job only the scopes it needs.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-2"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     on: push
#     permissions: write-all
#     jobs:
#       build:
#         runs-on: ubuntu-latest
#         steps:
#           - run: make
package verdict.github.write_all

import rego.v1

deny contains {
	"msg": "workflow grants permissions: write-all",
	"path": ["permissions"],
} if {
	input.permissions == "write-all"
}

deny contains {
	"msg": sprintf("job %q grants permissions: write-all", [job_id]),
	"path": ["jobs", job_id, "permissions"],
} if {
	some job_id, job in input.jobs
	job.permissions == "write-all"
}
