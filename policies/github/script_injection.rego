# METADATA
# title: Untrusted input expanded into a shell script
# description: >-
#   `${{ }}` expressions are substituted into `run:` scripts before the shell
#   sees them, so an attacker-controlled value (an issue title, a branch name,
#   a commit message) becomes code running with the workflow's token.
# related_resources:
#   - https://securitylab.github.com/resources/github-actions-untrusted-input/
# custom:
#   id: VD-GHA-002
#   severity: high
#   remediation: >-
#     Pass the value through an environment variable and quote it in the
#     script: `env: TITLE: ${{ github.event.issue.title }}` then `run: echo "$TITLE"`.
#   kinds: [github-workflow, github-action]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-4"]
#     NIST-800-53: ["SI-10"]
#   example: |
#     on: issues
#     jobs:
#       greet:
#         runs-on: ubuntu-latest
#         steps:
#           - run: |
#               echo "New issue: ${{ github.event.issue.title }}"
package verdict.github.script_injection

import data.verdict.lib.github as gh
import rego.v1

deny contains {
	"msg": sprintf("step %s of %s expands %q into its script", [gh.step_label(s.step, s.index), s.owner, expr]),
	"path": array.concat(s.path, ["run"]),
} if {
	some s in gh.steps
	is_string(s.step.run)
	some expr in regex.find_n(`\$\{\{[^}]*\}\}`, s.step.run, -1)
	gh.untrusted_expression(expr)
}
