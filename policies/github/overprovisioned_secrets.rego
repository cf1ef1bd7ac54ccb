# METADATA
# title: Every secret handed to the runner at once
# description: >-
#   `toJSON(secrets)` and a computed index such as `secrets[matrix.name]`
#   give a step (or an action, or a called workflow) the whole `secrets`
#   context: every repository, environment and organisation secret is then
#   in the runner's memory and environment, where one compromised tool or
#   dependency can take them all, and the runner can only mask values it
#   knows to be secret. Indexing with a literal name (`secrets['NPM_TOKEN']`)
#   selects one secret and is not reported here.
# related_resources:
#   - https://docs.zizmor.sh/audits/#overprovisioned-secrets
#   - https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions
# custom:
#   id: VD-GHA-018
#   severity: medium
#   remediation: >-
#     Reference each secret the step needs by name:
#     `env: {NPM_TOKEN: "${{ secrets.NPM_TOKEN }}"}`; for a matrix, map each
#     entry to a named secret in the workflow instead of indexing `secrets`.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-6"]
#     NIST-800-53: ["AC-6", "IA-5"]
#   example: |
#     on: push
#     jobs:
#       deploy:
#         runs-on: ubuntu-latest
#         steps:
#           - run: ./deploy.sh
#             env:
#               ALL_SECRETS: ${{ toJSON(secrets) }}
package verdict.github.overprovisioned_secrets

import data.verdict.lib.github as gh
import rego.v1

patterns := {
	"toJSON(secrets)": `(?i)\btojson\(\s*secrets\s*\)`,
	"a computed secrets[…] index": `(?i)(^|[^\w.])secrets\s*\[\s*[^'"\s\]]`,
}

warn contains {
	"msg": sprintf("%s passes every secret to the runner (%s)", [where(s.path), what]),
	"path": s.path,
} if {
	some s in gh.strings
	some expr in gh.expressions(s.value)
	some what, pattern in patterns
	regex.match(pattern, expr)
}

where(path) := sprintf("step %d of job %q", [path[3] + 1, path[1]]) if {
	count(path) > 3
	path[0] == "jobs"
	path[2] == "steps"
} else := sprintf("job %q", [path[1]]) if {
	count(path) > 1
	path[0] == "jobs"
} else := "the workflow"
