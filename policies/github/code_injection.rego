# METADATA
# title: Untrusted input expanded into an action's script input
# description: >-
#   Some actions run one of their inputs as code: actions/github-script's
#   `script` (JavaScript with the workflow's token in `github`),
#   azure/cli's and azure/powershell's `inlineScript`, appleboy/ssh-action's
#   `script`. `${{ }}` expressions are substituted into that text before it
#   runs, so an attacker-controlled value (an issue title, a branch name, a
#   commit message) becomes code, exactly as in a `run:` step. Comparisons and
#   contains()/startsWith()/endsWith() tests, which expand to true or false,
#   are not reported.
# related_resources:
#   - https://docs.zizmor.sh/audits/#template-injection
#   - https://github.com/actions/github-script#use-env-as-input
#   - https://securitylab.github.com/resources/github-actions-untrusted-input/
# custom:
#   id: VD-GHA-012
#   severity: high
#   remediation: >-
#     Pass the value through an environment variable and read it in the
#     script: `env: {TITLE: "${{ github.event.issue.title }}"}` and
#     `script: console.log(process.env.TITLE)` (or `$env:TITLE`, `"$TITLE"`).
#   kinds: [github-workflow, github-action]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-4"]
#     NIST-800-53: ["SI-10"]
#   example: |
#     on: issues
#     jobs:
#       triage:
#         runs-on: ubuntu-latest
#         steps:
#           - uses: actions/github-script@v7
#             with:
#               script: |
#                 console.log("${{ github.event.issue.title }}")
package verdict.github.code_injection

import data.verdict.lib.github as gh
import rego.v1

# The inputs each action runs as code (lower-case; GitHub matches input
# names case-insensitively).
code_inputs := {
	"actions/github-script": {"script"},
	"azure/cli": {"inlinescript"},
	"azure/powershell": {"inlinescript"},
	"appleboy/ssh-action": {"script"},
}

deny contains {
	"msg": sprintf("step %s of %s expands %q into the %s input of %s", [gh.step_label(s.step, s.index), s.owner, expr, key, action]),
	"path": array.concat(s.path, ["with", key]),
} if {
	some s in gh.steps
	action := gh.action(s.step.uses)
	fields := code_inputs[action]
	is_object(s.step["with"])
	some key, value in s.step["with"]
	lower(key) in fields
	some expr in gh.expressions(value)
	gh.untrusted_expression(expr)
}
