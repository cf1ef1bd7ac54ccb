# METADATA
# title: Container registry password written into the workflow
# description: >-
#   A literal `credentials.password` on a job's `container:` or on a
#   `services:` container is readable by everyone who can read the
#   repository, stays in its git history after it is removed, and cannot be
#   rotated without a commit. Passwords given as an expression
#   (`${{ secrets.REGISTRY_TOKEN }}`, `${{ github.token }}`) are not reported.
# related_resources:
#   - https://docs.zizmor.sh/audits/#hardcoded-container-credentials
#   - https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idcontainercredentials
# custom:
#   id: VD-GHA-017
#   severity: high
#   remediation: >-
#     Rotate the password, store it as an encrypted secret and reference it:
#     `credentials: {username: "${{ github.actor }}", password: "${{ secrets.GITHUB_TOKEN }}"}`.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-6"]
#     NIST-800-53: ["IA-5"]
#   example: |
#     on: push
#     jobs:
#       test:
#         runs-on: ubuntu-latest
#         container:
#           image: registry.example.com/build:1.0
#           credentials:
#             username: ci
#             password: hunter2
#         steps:
#           - run: make
package verdict.github.container_credentials

import data.verdict.lib.github as gh
import rego.v1

deny contains {
	"msg": sprintf("job %q has a hard-coded registry password for its %s", [c.job_id, c.owner]),
	"path": array.concat(array.slice(c.path, 0, count(c.path) - 1), ["credentials", "password"]),
} if {
	some c in gh.containers
	is_object(c.spec.credentials)
	literal(c.spec.credentials.password)
}

literal(value) if {
	is_string(value)
	trim_space(value) != ""
	not contains(value, "${{")
}

literal(value) if is_number(value)
