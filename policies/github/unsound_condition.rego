# METADATA
# title: Condition that is always true
# description: >-
#   An `if:` whose value is not exactly one `${{ … }}` expression but holds
#   one together with other text (`${{ false }} && true`, a trailing space,
#   or the newline that a `|` or `>` block scalar keeps) is a string
#   template: GitHub substitutes the expression and then tests a non-empty
#   string, which is always true. A job or step meant to run only on the
#   main branch, for maintainers or after a check, then runs every time.
#   Bare conditions without `${{ }}` and block scalars that strip the final
#   newline (`|-`, `>-`) are evaluated as expressions and are not reported.
# related_resources:
#   - https://docs.zizmor.sh/audits/#unsound-condition
#   - https://github.com/actions/runner/issues/1173
# custom:
#   id: VD-GHA-023
#   severity: high
#   remediation: >-
#     Write the whole condition as one expression, or without `${{ }}`:
#     `if: github.ref == 'refs/heads/main' && success()`; in a block scalar use
#     `|-` or `>-` so no newline follows the closing `}}`.
#   kinds: [github-workflow, github-action]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-1"]
#     NIST-800-53: ["AC-3", "CM-3"]
#   example: |
#     on: push
#     jobs:
#       deploy:
#         runs-on: ubuntu-latest
#         if: |
#           ${{ github.ref == 'refs/heads/main' }}
#         steps:
#           - run: ./deploy.sh
package verdict.github.unsound_condition

import data.verdict.lib.github as gh
import rego.v1

deny contains {
	"msg": sprintf("the condition of %s mixes ${{ }} with other text (%s), so it is always true", [c.owner, outside(c.value)]),
	"path": c.path,
} if {
	some c in gh.conditions
	contains(c.value, "${{")
	not regex.match(`^\$\{\{(?:'[^']*'|[^'}]|\}[^}'])*\}\}$`, c.value)
}

outside(value) := "a trailing newline" if {
	endswith(value, "\n")
	regex.match(`^\$\{\{(?:'[^']*'|[^'}]|\}[^}'])*\}\}\s*$`, value)
} else := "surrounding whitespace" if {
	regex.match(`^\s*\$\{\{(?:'[^']*'|[^'}]|\}[^}'])*\}\}\s*$`, value)
} else := "text outside the expression"
