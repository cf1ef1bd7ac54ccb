# METADATA
# title: Reusable workflow inherits every secret
# description: >-
#   `secrets: inherit` passes all of the caller's repository, environment and
#   organisation secrets to the called workflow, whether it needs them or
#   not; a compromised or later-changed reusable workflow (especially one in
#   another repository, referenced by a branch) then receives every secret.
# related_resources:
#   - https://docs.github.com/en/actions/sharing-automations/reusing-workflows#passing-secrets-to-nested-workflows
#   - https://docs.zizmor.sh/audits/#secrets-inherit
# custom:
#   id: VD-GHA-005
#   severity: medium
#   remediation: >-
#     Pass only the secrets the called workflow declares, by name:
#     `secrets: {NPM_TOKEN: "${{ secrets.NPM_TOKEN }}"}`.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-6"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     on: push
#     jobs:
#       release:
#         uses: octo-org/ci/.github/workflows/release.yml@main
#         secrets: inherit
package verdict.github.secrets_inherit

import rego.v1

warn contains {
	"msg": sprintf("job %q passes every secret to reusable workflow %q", [job_id, job.uses]),
	"path": ["jobs", job_id, "secrets"],
} if {
	is_object(input.jobs)
	some job_id, job in input.jobs
	is_string(job.uses)
	job.secrets == "inherit"
}
