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
#   kinds: [github-workflow]
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
	"msg": sprintf("step %s of job %q expands %q into its script", [step_label(step, i), job_id, expr]),
	"path": ["jobs", job_id, "steps", i, "run"],
} if {
	some job_id, job in input.jobs
	some i, step in job.steps
	is_string(step.run)
	some expr in regex.find_n(`\$\{\{[^}]*\}\}`, step.run, -1)
	gh.untrusted_expression(expr)
}

# (An else, not `not is_string(step.name)`: OPA evaluates a negated call's
# arguments outside the negation, so that is undefined for unnamed steps.)
step_label(step, i) := sprintf("%q", [step.name]) if {
	is_string(step.name)
} else := sprintf("#%d", [i + 1])
